import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MANDATE_KINDS, STAGES, TEAM_KINDS, type MandateKind, type Stage, type TeamKind } from '../../../contracts/index.ts';
import type { TeamFilters } from './hooks.ts';

type Props = {
  search: string;
  onSearch: (q: string) => void;
  filters: TeamFilters;
  onFilter: (filters: Partial<TeamFilters>) => void;
};

export function PortfolioFilters({ search, onSearch, filters, onFilter }: Props) {
  const { t } = useTranslation();
  return (
    <Group mb="md" align="flex-end" gap="sm" role="search">
      <TextInput
        label={t('portfolio.search')}
        placeholder={t('portfolio.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={260}
      />
      <Select<Stage>
        label={t('team.stage')}
        placeholder={t('common.all')}
        clearable
        data={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        value={filters.stage ?? null}
        onChange={(stage) => onFilter({ stage: stage ?? undefined })}
        w={180}
      />
      <Select<TeamKind>
        label={t('team.kind')}
        placeholder={t('common.all')}
        clearable
        data={TEAM_KINDS.map((k) => ({ value: k, label: t(`teamKind.${k}`) }))}
        value={filters.kind ?? null}
        onChange={(kind) => onFilter({ kind: kind ?? undefined })}
        w={180}
      />
      <Select<MandateKind>
        label={t('team.mandate')}
        placeholder={t('common.all')}
        clearable
        data={MANDATE_KINDS.map((k) => ({ value: k, label: t(`mandateKind.${k}`) }))}
        value={filters.mandateKind ?? null}
        onChange={(mandateKind) => onFilter({ mandateKind: mandateKind ?? undefined })}
        w={200}
      />
    </Group>
  );
}
