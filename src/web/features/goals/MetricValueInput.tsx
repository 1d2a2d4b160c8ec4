import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MetricUnit } from '../../../contracts/index.ts';
import { inputValue, parseMetricValue, useGoalsFormat } from './format.ts';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  unit: MetricUnit | null;
  /** The text as typed; the form reads it with `parseMetricValue` when it is sent. */
  value: string;
  onChange: (text: string) => void;
};

/**
 * A value of a metric, typed the way the UI language writes numbers ("1.234,5"); euros for a cents
 * metric. Text that is no number is marked at once; on leaving the field it is shown in the usual form.
 */
export function MetricValueInput({ unit, value, onChange, error, onBlur, ...props }: Props) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const parsed = parseMetricValue(value, unit ?? 'score', format.language);
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      rightSection={unit ? <span aria-hidden>{format.unitLabel(unit)}</span> : undefined}
      rightSectionWidth={unit ? 64 : undefined}
      {...props}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        if (typeof parsed === 'number' && unit) onChange(inputValue(parsed, unit, format.locale));
        onBlur?.(e);
      }}
      error={parsed === undefined ? t('goals.field.number', { example: unit === 'cents' ? inputValue(123450, 'cents', format.locale) : inputValue(1234.5, 'score', format.locale) }) : error}
    />
  );
}
