import { Alert, Paper } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Decision, Team } from '../../contracts/index.ts';
import { DecisionCreateForm, decisionValues, emptyDecision } from '../features/decisions/DecisionForm.tsx';
import { useDecision } from '../features/decisions/hooks.ts';
import { useOperatingModel } from '../features/operating-model/hooks.ts';
import { useTeam } from '../features/teams/hooks.ts';
import { AnchorLink } from '../ui/links.tsx';
import { useMoney } from '../ui/money.ts';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/teams/$teamId/decisions/new');

export function NewDecisionPage() {
  const { teamId } = route.useParams();
  const { supersedes } = route.useSearch();
  const team = useTeam(teamId);
  const previous = useDecision(supersedes);
  return (
    <QueryState query={team}>
      {(data) =>
        !data.abilities.recordDecision ? (
          <NotAllowed />
        ) : supersedes ? (
          <QueryState query={previous}>{(old) => <NewDecision team={data} supersedes={old} />}</QueryState>
        ) : (
          <NewDecision team={data} supersedes={null} />
        )
      }
    </QueryState>
  );
}

function NewDecision({ team, supersedes }: { team: Team; supersedes: Decision | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const model = useOperatingModel();
  const limit = team.autonomyLimitCents ?? model.data?.decisionRules.defaultAutonomyLimitCents ?? null;
  // A newer decision starts from the one it replaces: usually only part of it changes.
  const initial = supersedes ? decisionValues(supersedes, money) : emptyDecision;

  return (
    <>
      <PageHeader title={t('decision.create.title')}>
        <AnchorLink to="/teams/$teamId" params={{ teamId: team.id }} mt={4} display="inline-block">
          {team.name}
        </AnchorLink>
      </PageHeader>
      {supersedes && (
        <Alert color="blue" mb="md" maw={900} title={t('decision.create.supersedesTitle')}>
          {t('decision.create.supersedesBody')}{' '}
          <AnchorLink to="/decisions/$decisionId" params={{ decisionId: supersedes.id }}>
            {supersedes.title}
          </AnchorLink>
        </Alert>
      )}
      <Paper withBorder p="lg" maw={900}>
        <DecisionCreateForm
          teamId={team.id}
          initial={initial}
          supersedesId={supersedes?.id ?? null}
          autonomyLimitCents={limit}
          onCreated={(decision) => void navigate({ to: '/decisions/$decisionId', params: { decisionId: decision.id } })}
          onCancel={() => void navigate({ to: '/teams/$teamId', params: { teamId: team.id } })}
        />
      </Paper>
    </>
  );
}
