import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Money arrives from the API as integer cents in the organization currency (EUR) and is shown in
// the UI language's conventions: "80.000,00 €" in German, "€80,000.00" in English.

const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };
const SEPARATORS: Record<string, { group: string; decimal: string }> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

export type MoneyFormatters = {
  /** Cents as currency with cents, e.g. 8000000 → "80.000,00 €". */
  cents: (cents: number) => string;
  /** Cents as currency, without ",00" for whole euros: 8000000 → "80.000 €". For sentences and summaries. */
  short: (cents: number) => string;
  /** Cents as the text a money field shows, without the currency sign: 8000000 → "80.000,00". */
  input: (cents: number | null | undefined) => string;
  /** A month (`YYYY-MM`) as "Dez. 2026" / "Dec 2026". */
  month: (yearMonth: string | null | undefined) => string;
  /** A list joined for a sentence: "A, B und C" / "A, B and C"; with `or`: "A oder B". */
  list: (items: string[], type?: 'and' | 'or') => string;
  locale: string;
};

export function useMoney(): MoneyFormatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const locale = LOCALES[language] ?? 'de-DE';

  return useMemo(() => {
    const full = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const whole = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const and = new Intl.ListFormat(locale, { type: 'conjunction' });
    const or = new Intl.ListFormat(locale, { type: 'disjunction' });
    return {
      cents: (cents) => full.format(cents / 100),
      short: (cents) => (cents % 100 === 0 ? whole : full).format(cents / 100),
      input: (cents) => (cents === null || cents === undefined ? '' : plain.format(cents / 100)),
      month: (yearMonth) => (yearMonth ? monthFormat.format(new Date(`${yearMonth}-01T00:00:00Z`)) : '—'),
      list: (items, type = 'and') => (type === 'and' ? and : or).format(items),
      locale,
    };
  }, [locale]);
}

/**
 * Reads an amount in euros as typed in the UI language ("80.000,00", "80000", "80.000" in German;
 * "80,000.00" in English) into integer cents, without floating point on the way.
 * Empty text is `null`; text that is no amount is `undefined`.
 */
export function parseMoney(text: string, language: string): number | null | undefined {
  const { group, decimal } = SEPARATORS[language] ?? SEPARATORS.de!;
  const cleaned = text.replace(/[\s\u00a0\u202f€]|EUR/gi, '');
  if (cleaned === '') return null;

  let whole = cleaned;
  let fraction = '';
  const decimalAt = cleaned.lastIndexOf(decimal);
  if (decimalAt >= 0) {
    whole = cleaned.slice(0, decimalAt);
    fraction = cleaned.slice(decimalAt + 1);
  } else {
    // Only the group separator: "80.000" is eighty thousand, but "80.5" was meant as a decimal.
    const parts = cleaned.split(group);
    const last = parts.at(-1) ?? '';
    if (parts.length === 2 && last.length > 0 && last.length <= 2) {
      whole = parts[0] ?? '';
      fraction = last;
    }
  }
  whole = whole.split(group).join('');
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return undefined;

  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** The current month as `YYYY-MM`, in the browser's time zone. */
export function currentMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** The month `count` months before the current one, as `YYYY-MM`. */
export function monthsBack(count: number): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - count, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
