import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamKind } from '../../../contracts/index.ts';
import { useTeams } from './hooks.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (teamId: string | null) => void;
  /** Offer only teams of this kind, e.g. platform teams as owners of core services. */
  kind?: TeamKind;
  /** Leave out sunset teams, which can no longer change. */
  activeOnly?: boolean;
};

/** A searchable picker over the teams of the portfolio. */
export function TeamSelect({ value, onChange, kind, activeOnly = false, ...props }: Props) {
  const { t } = useTranslation();
  const teams = useTeams({});
  const data = (teams.data?.items ?? [])
    .filter((team) => team.id === value || ((!kind || team.kind === kind) && (!activeOnly || team.stage !== 'sunset')))
    .map((team) => ({ value: team.id, label: team.name }));
  return (
    <Select
      searchable
      nothingFoundMessage={teams.isPending ? t('common.loading') : t('common.nothingFound')}
      {...props}
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}
