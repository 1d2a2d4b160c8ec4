import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../contracts/index.ts';

const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export type FinanceFormatters = {
  /** Cents with cents: 123456789 → "1.234.567,89 €". For tables. */
  cents: (cents: number) => string;
  /** Whole currency units: 123456789 → "1.234.568 €". For cards and tooltips. */
  whole: (cents: number) => string;
  /** Compact, three digits, for axes and labels: 123456789 → "1,23 Mio. €" / "€1.23M"; 10668660 → "107.000 €" / "€107K". */
  compact: (cents: number) => string;
  /** A percentage as the API sends it (87.5 → "87,5 %"). */
  percent: (value: number | null) => string;
  /** The currency's symbol in the UI language, for money fields. */
  symbol: string;
  locale: string;
};

/** Money in the organization's currency (from the finance settings), in the UI language's conventions. */
export function useFinanceFormat(currency: Currency = 'EUR'): FinanceFormatters {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.resolvedLanguage ?? 'de'] ?? 'de-DE';
  return useMemo(() => {
    const full = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const symbol = full.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
    return {
      cents: (cents) => full.format(cents / 100),
      whole: (cents) => whole.format(Math.round(cents / 100)),
      compact: (cents) => compact.format(cents / 100),
      percent: (value) => (value === null ? '—' : percent.format(value / 100)),
      symbol,
      locale,
    };
  }, [locale, currency]);
}

// The fiscal calendar, as the server computes it (one copy, in the contracts).
export { addMonths, fiscalYearOf, monthsOf as monthsOfFiscalYear } from '../../../contracts/index.ts';

/** "FY 2026" in one calendar year, "FY 2026/27" when it spans two. */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  return startMonth === 1 ? String(fiscalYear) : `${fiscalYear}/${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
}
