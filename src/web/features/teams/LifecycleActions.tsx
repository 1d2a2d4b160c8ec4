import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage, Team } from '../../../contracts/index.ts';
import { useTransitionTeam } from './hooks.ts';
import { AppModal } from '../../ui/AppModal.tsx';

/** Charter, activate and sunset buttons, each shown only when the team's abilities allow it. */
export function LifecycleActions({ team }: { team: Team }) {
  const { t } = useTranslation();
  const transition = useTransitionTeam(team);
  const [confirmSunset, setConfirmSunset] = useState(false);
  const pending = transition.isPending ? transition.variables : null;

  const run = (to: Exclude<Stage, 'proposed'>) =>
    transition.mutate(to, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('team.lifecycle.done', { stage: t(`stage.${to}`) }) }),
      onSettled: () => setConfirmSunset(false),
    });

  return (
    <>
      {team.abilities.charter && (
        <Button variant="filled" loading={pending === 'chartered'} onClick={() => run('chartered')}>
          {t('team.lifecycle.charter')}
        </Button>
      )}
      {team.abilities.activate && (
        <Button variant="filled" color="teal.9" loading={pending === 'active'} onClick={() => run('active')}>
          {t('team.lifecycle.activate')}
        </Button>
      )}
      {team.abilities.sunset && (
        <Button variant="outline" color="red.9" onClick={() => setConfirmSunset(true)}>
          {t('team.lifecycle.sunset')}
        </Button>
      )}
      <AppModal opened={confirmSunset} onClose={() => setConfirmSunset(false)} title={t('team.lifecycle.sunsetConfirmTitle')}>
        <Stack>
          <Text>{t('team.lifecycle.sunsetConfirm', { name: team.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmSunset(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={pending === 'sunset'}
              onClick={() => run('sunset')}
            >
              {t('team.lifecycle.sunsetSubmit')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}

export const hasLifecycleAction = (team: Team) => team.abilities.charter || team.abilities.activate || team.abilities.sunset;
