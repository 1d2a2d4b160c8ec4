import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/hooks.ts';
import { OrgObjectivesOverview } from '../features/goals/OrgObjectivesOverview.tsx';
import { HealthSignals } from '../features/health/HealthSignals.tsx';
import { useTeams, type TeamFilters } from '../features/teams/hooks.ts';
import { PortfolioFilters } from '../features/teams/PortfolioFilters.tsx';
import { TeamsTable, type TeamSortColumn } from '../features/teams/TeamsTable.tsx';
import { ButtonLink } from '../ui/links.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/');

export function PortfolioPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters: TeamFilters = { q: search.q, stage: search.stage, kind: search.kind, mandateKind: search.mandate };
  const teams = useTeams(filters);

  // Filters live in the URL, so a filtered portfolio can be bookmarked and shared.
  const [text, setText] = useState(search.q ?? '');
  const applyText = useDebouncedCallback((q: string) => void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true }), 300);

  const sortBy = search.sort ?? 'name';
  const direction = search.dir ?? 'asc';
  const onSort = (column: TeamSortColumn) =>
    void navigate({
      search: (prev) => ({ ...prev, sort: column, dir: column === sortBy && direction === 'asc' ? 'desc' : 'asc' }),
      replace: true,
    });

  return (
    <>
      <PageHeader
        title={t('portfolio.title')}
        actions={
          me.abilities.createTeam && (
            <ButtonLink to="/teams/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('portfolio.newTeam')}
            </ButtonLink>
          )
        }
      />
      <PortfolioFilters
        search={text}
        onSearch={(q) => {
          setText(q);
          applyText(q);
        }}
        filters={filters}
        onFilter={(change) =>
          void navigate({
            search: (prev) => ({
              ...prev,
              ...('stage' in change ? { stage: change.stage } : {}),
              ...('kind' in change ? { kind: change.kind } : {}),
              ...('mandateKind' in change ? { mandate: change.mandateKind } : {}),
            }),
            replace: true,
          })
        }
      />
      <HealthSignals />
      <OrgObjectivesOverview />
      <QueryState query={teams}>
        {(page) => <TeamsTable teams={page.items} sortBy={sortBy} direction={direction} onSort={onSort} />}
      </QueryState>
    </>
  );
}
