import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership, Team } from '../../contracts/index.ts';
import { TeamDecisionsSection } from '../features/decisions/TeamDecisionsSection.tsx';
import { TeamEnablementSection } from '../features/enablement/TeamEnablementSection.tsx';
import { TeamFinanceCard } from '../features/finance/TeamFinanceCard.tsx';
import { TeamGoalsCard } from '../features/goals/TeamGoalsCard.tsx';
import { HealthSignals } from '../features/health/HealthSignals.tsx';
import { TeamMaturitySection } from '../features/maturity/TeamMaturitySection.tsx';
import { TeamAutonomy } from '../features/operating-model/TeamAutonomy.tsx';
import { TeamServicesSection } from '../features/services/TeamServicesSection.tsx';
import { AddMemberModal } from '../features/teams/AddMemberModal.tsx';
import { EndMembershipModal } from '../features/teams/EndMembershipModal.tsx';
import { useTeam } from '../features/teams/hooks.ts';
import { LifecycleActions } from '../features/teams/LifecycleActions.tsx';
import { MembersTable } from '../features/teams/MembersTable.tsx';
import { TeamEditModal } from '../features/teams/TeamEditModal.tsx';
import { TeamOverview } from '../features/teams/TeamOverview.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { StageBadge } from '../ui/StageBadge.tsx';

const route = getRouteApi('/_app/teams/$teamId');

export function TeamPage() {
  const { teamId } = route.useParams();
  const team = useTeam(teamId);
  return <QueryState query={team}>{(data) => <TeamView team={data} />}</QueryState>;
}

function TeamView({ team }: { team: Team }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  // Looked up by id on every render, so a reload after a conflict hands the dialog the new version.
  const [endingId, setEndingId] = useState<string | null>(null);
  const ending = team.memberships.find((m) => m.id === endingId) ?? null;
  const { abilities } = team;

  return (
    <>
      <PageHeader
        title={team.name}
        actions={
          <>
            {abilities.update && (
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            <LifecycleActions team={team} />
          </>
        }
      >
        <Group gap="sm" mt="xs">
          <StageBadge stage={team.stage} />
          <Text>{t(`teamKind.${team.kind}`)}</Text>
        </Group>
      </PageHeader>

      <Stack gap="xl">
        {team.stage === 'sunset' && (
          <Alert color="gray" icon={<IconLock aria-hidden />} title={t('team.sunsetNotice.title')}>
            {t('team.sunsetNotice.body')}
          </Alert>
        )}

        <HealthSignals teamId={team.id} />

        <TeamOverview team={team} />
        <TeamFinanceCard teamId={team.id} />
        <TeamGoalsCard teamId={team.id} />
        <TeamAutonomy team={team} />
        <Divider />

        <section aria-labelledby="members-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3" id="members-heading">
              {t('membership.title')}
            </Title>
            {abilities.manageMembers && (
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                {t('membership.add.action')}
              </Button>
            )}
          </Group>
          <MembersTable memberships={team.memberships} onEnd={abilities.manageMembers ? (m: Membership) => setEndingId(m.id) : undefined} />
        </section>

        <TeamServicesSection team={team} />
        <TeamDecisionsSection team={team} />
        <TeamMaturitySection team={team} />
        <TeamEnablementSection team={team} />
      </Stack>

      <TeamEditModal team={team} opened={editing} onClose={() => setEditing(false)} />
      <AddMemberModal team={team} opened={adding} onClose={() => setAdding(false)} />
      <EndMembershipModal membership={ending} onClose={() => setEndingId(null)} />
    </>
  );
}
