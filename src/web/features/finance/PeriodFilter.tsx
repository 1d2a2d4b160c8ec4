import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MANDATE_KINDS, type MandateKind, type Period } from '../../../contracts/index.ts';
import { currentMonth, useMoney } from '../../ui/money.ts';
import { fiscalYearLabel, fiscalYearOf, monthsOfFiscalYear } from './format.ts';
import { useFinanceSettings, type PeriodFilter as Filter } from './hooks.ts';

type Props = {
  value: Filter;
  /** The period the server resolved, so the selects show the defaults it chose. */
  period: Period | undefined;
  onChange: (next: Filter) => void;
  mandateKind?: { value: MandateKind | undefined; onChange: (kind: MandateKind | undefined) => void };
};

/** Fiscal year, an optional range of its months and, on the portfolio, the mandate kind. */
export function PeriodFilter({ value, period, onChange, mandateKind }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const settings = useFinanceSettings();
  const startMonth = settings.data?.fiscalYearStartMonth ?? (period ? Number(period.months[0]?.slice(5, 7) ?? 1) : 1);
  const currentYear = fiscalYearOf(currentMonth(), startMonth);
  const fiscalYear = value.fiscalYear ?? period?.fiscalYear ?? currentYear;
  const firstYear = Math.min(settings.data?.firstFiscalYear ?? currentYear - 2, fiscalYear);
  const lastYear = Math.max(currentYear + 1, fiscalYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i);
  const months = monthsOfFiscalYear(fiscalYear, startMonth);
  const monthOptions = months.map((m) => ({ value: m, label: money.month(m) }));

  return (
    <Group align="flex-end" gap="sm" mb="lg" role="search" aria-label={t('finance.period.label')}>
      <Select
        label={t('finance.period.fiscalYear')}
        allowDeselect={false}
        data={years.map((year) => ({ value: String(year), label: t('finance.period.fiscalYearN', { year: fiscalYearLabel(year, startMonth) }) }))}
        value={String(fiscalYear)}
        onChange={(year) => onChange({ fiscalYear: year ? Number(year) : undefined, from: undefined, to: undefined })}
        w={170}
      />
      <Select
        label={t('finance.period.from')}
        placeholder={money.month(months[0])}
        clearable
        data={monthOptions.filter((m) => !value.to || m.value <= value.to)}
        value={value.from ?? null}
        onChange={(from) => onChange({ ...value, fiscalYear, from: from ?? undefined })}
        w={150}
      />
      <Select
        label={t('finance.period.to')}
        placeholder={money.month(months[11])}
        clearable
        data={monthOptions.filter((m) => !value.from || m.value >= value.from)}
        value={value.to ?? null}
        onChange={(to) => onChange({ ...value, fiscalYear, to: to ?? undefined })}
        w={150}
      />
      {mandateKind && (
        <Select<MandateKind>
          label={t('finance.period.mandateKind')}
          placeholder={t('common.all')}
          clearable
          data={MANDATE_KINDS.map((kind) => ({ value: kind, label: t(`mandateKind.${kind}`) }))}
          value={mandateKind.value ?? null}
          onChange={(kind) => mandateKind.onChange(kind ?? undefined)}
          w={190}
        />
      )}
    </Group>
  );
}
