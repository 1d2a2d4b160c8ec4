import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTeams } from './hooks.ts';

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (teamIds: string[]) => void;
  /** Leave out sunset teams (those already chosen stay). */
  activeOnly?: boolean;
};

/** A searchable picker for several teams of the portfolio. */
export function TeamsMultiSelect({ value, onChange, activeOnly = false, ...props }: Props) {
  const { t } = useTranslation();
  const teams = useTeams({});
  const data = (teams.data?.items ?? [])
    .filter((team) => value.includes(team.id) || !activeOnly || team.stage !== 'sunset')
    .map((team) => ({ value: team.id, label: team.name }));
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={teams.isPending ? t('common.loading') : t('common.nothingFound')}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}
