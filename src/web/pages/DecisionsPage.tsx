import { Group, Select, Switch } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DECISION_CATEGORIES, DECISION_STATUSES, type DecisionCategory, type DecisionStatus } from '../../contracts/index.ts';
import { DecisionsTable } from '../features/decisions/DecisionsTable.tsx';
import { useDecisions, type DecisionFilters } from '../features/decisions/hooks.ts';
import { TeamSelect } from '../features/teams/TeamSelect.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/decisions');

export function DecisionsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters: DecisionFilters = { teamId: search.team, status: search.status, category: search.category, awaitingMe: search.awaiting };
  const decisions = useDecisions(filters);
  const set = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });

  return (
    <>
      <PageHeader title={t('decisions.title')} />
      <Group mb="md" align="flex-end" gap="sm" role="search">
        <TeamSelect
          label={t('decision.team')}
          placeholder={t('common.all')}
          clearable
          value={search.team ?? null}
          onChange={(team) => set({ team: team ?? undefined })}
          w={240}
        />
        <Select<DecisionStatus>
          label={t('decision.status')}
          placeholder={t('common.all')}
          clearable
          data={DECISION_STATUSES.map((s) => ({ value: s, label: t(`decisionStatus.${s}`) }))}
          value={search.status ?? null}
          onChange={(status) => set({ status: status ?? undefined })}
          w={200}
        />
        <Select<DecisionCategory>
          label={t('decision.category')}
          placeholder={t('common.all')}
          clearable
          data={DECISION_CATEGORIES.map((c) => ({ value: c, label: t(`decisionCategory.${c}`) }))}
          value={search.category ?? null}
          onChange={(category) => set({ category: category ?? undefined })}
          w={220}
        />
        <Switch
          label={t('decisions.awaitingMe')}
          checked={search.awaiting === true}
          onChange={(e) => set({ awaiting: e.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
      <QueryState query={decisions}>{(page) => <DecisionsTable decisions={page.items} />}</QueryState>
    </>
  );
}
