import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Intl locale per UI language: German as in Germany, English with day-month-year dates. */
const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export type Formatters = {
  /** A calendar date (`YYYY-MM-DD`), shown without any time-zone shift. */
  date: (isoDate: string | null | undefined) => string;
  /** An instant, shown in the browser's time zone. */
  dateTime: (timestamp: string | null | undefined) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  /** A share between 0 and 1, e.g. 0.6 → "60 %" (de) / "60%" (en). */
  share: (value: number) => string;
  /** A whole-number percentage such as an allocation, e.g. 50 → "50 %". */
  percent: (value: number) => string;
};

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = LOCALES[i18n.resolvedLanguage ?? 'de'] ?? 'de-DE';

  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const shareFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      date: (isoDate) => (isoDate ? dateFormat.format(new Date(`${isoDate}T00:00:00Z`)) : '—'),
      dateTime: (timestamp) => (timestamp ? dateTimeFormat.format(new Date(timestamp)) : '—'),
      number: (value, maximumFractionDigits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
      share: (value) => shareFormat.format(value),
      percent: (value) => shareFormat.format(value / 100),
    };
  }, [locale]);
}

/** Today's calendar date in the browser's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
