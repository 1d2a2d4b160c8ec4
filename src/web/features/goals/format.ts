import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedName, MetricUnit } from '../../../contracts/index.ts';

const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export type GoalsFormatters = {
  /** A metric's value in its unit: "62,5 %", "4,2 Min.", "42,50 €", "12.345", "47". */
  value: (value: number | null | undefined, unit: MetricUnit) => string;
  /** The same, short enough for an axis: "1,2 Mio. €", "12.300". */
  axis: (value: number, unit: MetricUnit) => string;
  /** A change in the metric's unit, with its sign: "+1.234", "−3,50 €", "+0,8 Min."; for percent metrics in points: "+2,5 Pp.". */
  change: (value: number, unit: MetricUnit) => string;
  /** Progress or attainment as the API sends it (1 = target): 0.625 → "62,5 %"; may be below 0 or above 100 %. */
  progress: (share: number | null | undefined) => string;
  /** An instant to the minute, in the browser's time zone: "30.11.2026, 20:00". */
  at: (timestamp: string | null | undefined) => string;
  /** A metric's name in the UI language. */
  name: (name: LocalizedName) => string;
  /** The unit as a word for labels: "%", "Min.", "€", "Anzahl", "Punkte". */
  unitLabel: (unit: MetricUnit) => string;
  locale: string;
  language: 'de' | 'en';
};

/** Figures of goals in the UI language's conventions; cents are euros of the organization currency. */
export function useGoalsFormat(): GoalsFormatters {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'de';
  const locale = LOCALES[language] ?? 'de-DE';
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const signedEuros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' });
    const compactEuros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumSignificantDigits: 3 });
    const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
    const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

    const value = (v: number | null | undefined, unit: MetricUnit): string => {
      if (v === null || v === undefined) return '—';
      switch (unit) {
        case 'percent':
          return percent.format(v / 100);
        case 'minutes':
          return t('goals.unit.minutesValue', { value: plain.format(v) });
        case 'cents':
          return euros.format(v / 100);
        case 'count':
          return count.format(v);
        case 'score':
          return plain.format(v);
      }
    };
    return {
      value,
      axis: (v, unit) => {
        if (unit === 'cents') return compactEuros.format(v / 100);
        if (unit === 'count' && Math.abs(v) >= 10_000) return compact.format(v);
        return value(v, unit);
      },
      change: (v, unit) => {
        switch (unit) {
          case 'percent':
            return t('goals.unit.pointsValue', { value: signed.format(v) });
          case 'minutes':
            return t('goals.unit.minutesValue', { value: signed.format(v) });
          case 'cents':
            return signedEuros.format(v / 100);
          default:
            return signed.format(v);
        }
      },
      progress: (share) => (share === null || share === undefined ? '—' : percent.format(share)),
      at: (timestamp) => (timestamp ? instant.format(new Date(timestamp)) : '—'),
      name: (name) => name[language],
      unitLabel: (unit) => t(`goals.unit.short.${unit}`),
      locale,
      language,
    };
  }, [locale, language, t]);
}

/** Reads a number as typed in the UI language ("1.234,5" in German, "1,234.5" in English); null when empty, undefined when no number. */
export function parseNumber(text: string, language: string): number | null | undefined {
  const [group, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const cleaned = text.replace(/[\s\u00a0\u202f%€]/g, '');
  if (cleaned === '') return null;
  const normalized = cleaned.split(group).join('').replace(decimal, '.').replace(/^−/, '-');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** A value of a metric as typed by a person: euros for cents metrics, the plain number for every other unit. */
export function parseMetricValue(text: string, unit: MetricUnit, language: string): number | null | undefined {
  const value = parseNumber(text, language);
  if (value === null || value === undefined) return value;
  return unit === 'cents' ? Math.round(value * 100) : value;
}

/** How a metric's value is shown in an input: euros for cents, the plain number otherwise, in the UI language. */
export function inputValue(value: number | null | undefined, unit: MetricUnit, locale: string): string {
  if (value === null || value === undefined) return '';
  const shown = unit === 'cents' ? value / 100 : value;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'cents' ? 2 : 6, useGrouping: false }).format(shown);
}
