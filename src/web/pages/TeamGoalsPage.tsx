import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuarters, type TeamGoals } from '../../contracts/index.ts';
import { isApiError } from '../app/api.ts';
import { countStatuses, GoalsStatusSummary } from '../features/goals/GoalsStatusSummary.tsx';
import { useTeamGoals } from '../features/goals/hooks.ts';
import { KeyResultModal } from '../features/goals/KeyResultModal.tsx';
import { MetricsCatalog } from '../features/goals/MetricsCatalog.tsx';
import { ObjectiveCard } from '../features/goals/ObjectiveCard.tsx';
import { ObjectiveModal } from '../features/goals/ObjectiveModal.tsx';
import { currentQuarter, QuarterPicker } from '../features/goals/QuarterPicker.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { AnchorLink } from '../ui/links.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { Section } from '../ui/Section.tsx';

const route = getRouteApi('/_app/teams/$teamId/goals');

export function TeamGoalsPage() {
  const { t } = useTranslation();
  const { teamId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const goals = useTeamGoals(teamId, search.quarter);

  if (goals.isError && isApiError(goals.error) && goals.error.status === 403) return <NotAllowed />;
  if (goals.isPending) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (goals.isError) return <ErrorAlert error={goals.error} onRetry={() => void goals.refetch()} />;

  return (
    <TeamGoalsView
      goals={goals.data}
      expanded={search.kr ?? null}
      // The quarter and the opened key result live in the URL, so a view can be bookmarked and shared.
      onQuarter={(quarter) => void navigate({ search: { quarter }, replace: true })}
      onToggle={(kr) => void navigate({ search: (prev) => ({ ...prev, kr: prev.kr === kr ? undefined : kr }), replace: true, resetScroll: false })}
    />
  );
}

type ViewProps = { goals: TeamGoals; expanded: string | null; onQuarter: (quarter: string) => void; onToggle: (keyResultId: string) => void };

function TeamGoalsView({ goals, expanded, onQuarter, onToggle }: ViewProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [editingObjective, setEditingObjective] = useState<string | null>(null);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const [editingKr, setEditingKr] = useState<string | null>(null);
  // Looked up by id on every render, so a reload after a conflict hands the dialogs the new version.
  const objective = goals.objectives.find((o) => o.id === editingObjective) ?? null;
  const addTo = goals.objectives.find((o) => o.id === addingTo) ?? null;
  const krObjective = goals.objectives.find((o) => o.keyResults.some((k) => k.id === editingKr)) ?? null;
  const keyResult = krObjective?.keyResults.find((k) => k.id === editingKr) ?? null;
  const keyResults = goals.objectives.flatMap((o) => o.keyResults);

  return (
    <>
      <PageHeader
        title={t('goals.team.title', { team: goals.teamName })}
        actions={
          goals.abilities.manage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('goals.objective.action')}
            </Button>
          )
        }
      >
        <Text mt={4}>
          <AnchorLink to="/teams/$teamId" params={{ teamId: goals.teamId }} size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('goals.team.backToTeam', { team: goals.teamName })}
          </AnchorLink>
        </Text>
      </PageHeader>

      <Group align="flex-end" gap="lg" mb="lg" role="search" aria-label={t('goals.quarter.filterLabel')}>
        {/* The next quarter too, so a team can plan it before it begins. */}
        <QuarterPicker value={goals.quarter} quarters={[...goals.quarters, addQuarters(currentQuarter(), 1)]} onChange={onQuarter} />
        <Text size="sm" c="dimmed" maw={560}>
          {t('goals.team.statusRule', { atRisk: goals.settings.atRiskGapPercent, offTrack: goals.settings.offTrackGapPercent })}
        </Text>
      </Group>

      <Stack gap="xl">
        {keyResults.length > 0 && <GoalsStatusSummary counts={countStatuses(keyResults.map((k) => k.status))} />}

        <Section id="objectives" title={t('goals.team.objectivesTitle')}>
          {goals.objectives.length === 0 ? (
            <Text>{goals.abilities.manage ? t('goals.team.noneCanCreate') : t('goals.team.none')}</Text>
          ) : (
            <Stack gap="lg">
              {goals.objectives.map((o) => (
                <ObjectiveCard
                  key={o.id}
                  objective={o}
                  expandedKeyResult={expanded}
                  onToggleKeyResult={onToggle}
                  onEdit={() => setEditingObjective(o.id)}
                  onAddKeyResult={() => setAddingTo(o.id)}
                  onEditKeyResult={setEditingKr}
                />
              ))}
            </Stack>
          )}
        </Section>

        <MetricsCatalog teamId={goals.teamId} teamName={goals.teamName} metrics={goals.metrics} abilities={goals.abilities} />
      </Stack>

      <ObjectiveModal teamId={goals.teamId} quarter={goals.quarter} orgObjectives={goals.orgObjectives} opened={creating} onClose={() => setCreating(false)} />
      <ObjectiveModal
        teamId={goals.teamId}
        quarter={objective?.quarter ?? goals.quarter}
        objective={objective}
        orgObjectives={goals.orgObjectives}
        opened={objective !== null}
        onClose={() => setEditingObjective(null)}
      />
      {addTo && <KeyResultModal objective={addTo} opened onClose={() => setAddingTo(null)} />}
      {krObjective && keyResult && <KeyResultModal objective={krObjective} keyResult={keyResult} opened onClose={() => setEditingKr(null)} />}
    </>
  );
}
