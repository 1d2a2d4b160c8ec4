import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CRITICALITIES, SERVICE_KINDS, SERVICE_LIFECYCLES, type Criticality, type ServiceKind, type ServiceLifecycle } from '../../../contracts/index.ts';
import { TeamSelect } from '../teams/TeamSelect.tsx';
import type { ServiceFilters as Filters } from './hooks.ts';

type Props = {
  search: string;
  onSearch: (q: string) => void;
  filters: Filters;
  onFilter: (filters: Partial<Filters>) => void;
};

export function ServiceFilters({ search, onSearch, filters, onFilter }: Props) {
  const { t } = useTranslation();
  return (
    <Group mb="md" align="flex-end" gap="sm" role="search">
      <TextInput
        label={t('services.search')}
        placeholder={t('services.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={240}
      />
      <Select<ServiceKind>
        label={t('service.kind')}
        placeholder={t('common.all')}
        clearable
        data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`serviceKind.${k}`) }))}
        value={filters.kind ?? null}
        onChange={(kind) => onFilter({ kind: kind ?? undefined })}
        w={190}
      />
      <Select<ServiceLifecycle>
        label={t('service.lifecycle')}
        placeholder={t('common.all')}
        clearable
        data={SERVICE_LIFECYCLES.map((l) => ({ value: l, label: t(`serviceLifecycle.${l}`) }))}
        value={filters.lifecycle ?? null}
        onChange={(lifecycle) => onFilter({ lifecycle: lifecycle ?? undefined })}
        w={160}
      />
      <Select<Criticality>
        label={t('service.criticality')}
        placeholder={t('common.all')}
        clearable
        data={CRITICALITIES.map((c) => ({ value: c, label: t(`criticality.${c}`) }))}
        value={filters.criticality ?? null}
        onChange={(criticality) => onFilter({ criticality: criticality ?? undefined })}
        w={160}
      />
      <TeamSelect
        label={t('service.ownerTeam')}
        placeholder={t('common.all')}
        clearable
        value={filters.ownerTeamId ?? null}
        onChange={(ownerTeamId) => onFilter({ ownerTeamId: ownerTeamId ?? undefined })}
        w={220}
      />
    </Group>
  );
}
