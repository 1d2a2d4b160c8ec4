import { Paper } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/hooks.ts';
import { TeamCreateForm } from '../features/teams/TeamCreateForm.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export function NewTeamPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  if (!me.abilities.createTeam) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('team.create.title')} />
      <Paper withBorder p="lg" maw={900}>
        <TeamCreateForm
          onCreated={(team) => void navigate({ to: '/teams/$teamId', params: { teamId: team.id } })}
          onCancel={() => void navigate({ to: '/' })}
        />
      </Paper>
    </>
  );
}
