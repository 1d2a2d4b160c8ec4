import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addQuarters, quarterOf } from '../../../contracts/index.ts';
import { today } from '../../ui/format.ts';

export const currentQuarter = () => quarterOf(today());

/** "Q2 2026" for 2026-Q2. */
export function useQuarterName() {
  const { t } = useTranslation();
  return (quarter: string) => t('goals.quarter.label', { quarter: quarter.slice(5), year: quarter.slice(0, 4) });
}

/** "Q2 2026", the current quarter marked. */
export function useQuarterLabel() {
  const { t } = useTranslation();
  const name = useQuarterName();
  const now = currentQuarter();
  return (quarter: string) => (quarter === now ? t('goals.quarter.current', { label: name(quarter) }) : name(quarter));
}

/** The quarters around now, for pages that do not know which quarters hold objectives. */
export function nearbyQuarters(selected: string): string[] {
  const now = currentQuarter();
  const list = Array.from({ length: 8 }, (_, i) => addQuarters(now, 1 - i));
  if (!list.includes(selected)) list.push(selected);
  return list.sort().reverse();
}

type Props = { value: string; quarters: readonly string[]; onChange: (quarter: string) => void };

export function QuarterPicker({ value, quarters, onChange }: Props) {
  const { t } = useTranslation();
  const label = useQuarterLabel();
  const options = [...new Set([...quarters, value])].sort().reverse();
  return (
    <Select
      label={t('goals.quarter.picker')}
      allowDeselect={false}
      data={options.map((q) => ({ value: q, label: label(q) }))}
      value={value}
      onChange={(q) => q && onChange(q)}
      w={200}
    />
  );
}
