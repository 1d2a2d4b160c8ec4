import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../../contracts/index.ts';
import { usePeople } from './hooks.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (personId: string | null) => void;
  /** Offer only people from this side (business leads are business people, IT leads IT people). */
  side?: Side;
  /** People that may not be chosen, e.g. existing members. */
  exclude?: readonly string[];
};

/** A searchable picker over people, labelled with name and discipline. */
export function PersonSelect({ value, onChange, side, exclude = [], ...props }: Props) {
  const { t } = useTranslation();
  const people = usePeople(side ? { side } : {});
  const data = (people.data?.items ?? [])
    .filter((person) => !exclude.includes(person.id) || person.id === value)
    .map((person) => ({ value: person.id, label: `${person.name} (${t(`discipline.${person.discipline}`)})` }));

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
