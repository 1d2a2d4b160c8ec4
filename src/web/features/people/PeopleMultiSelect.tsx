import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeople } from './hooks.ts';

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (personIds: string[]) => void;
};

/** A searchable picker for several people, labelled with name and discipline. */
export function PeopleMultiSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const people = usePeople();
  const data = (people.data?.items ?? []).map((person) => ({ value: person.id, label: `${person.name} (${t(`discipline.${person.discipline}`)})` }));
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={people.isPending ? t('common.loading') : t('common.nothingFound')}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}
