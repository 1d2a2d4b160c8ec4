import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { usePeople } from './hooks.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (personId: string | null) => void;
  /** Offer only people from this side (business leads are business people, IT leads IT people). */
  side?: Side;
  /** People that may not be chosen, e.g. existing members. */
  exclude?: readonly string[];
  /** Show how much of each person is already allocated today, to help staff a team. */
  withAllocation?: boolean;
};

/** A searchable picker over people, labelled with name and discipline. */
export function PersonSelect({ value, onChange, side, exclude = [], withAllocation = false, ...props }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople(side ? { side } : {});
  const data = (people.data?.items ?? [])
    .filter((person) => !exclude.includes(person.id) || person.id === value)
    .map((person) => {
      const details = [t(`discipline.${person.discipline}`)];
      if (withAllocation) details.push(t('person.allocatedShort', { percent: format.percent(person.allocation) }));
      return { value: person.id, label: `${person.name} (${details.join(', ')})` };
    });

  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={people.isPending ? t('common.loading') : t('common.nothingFound')}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}
