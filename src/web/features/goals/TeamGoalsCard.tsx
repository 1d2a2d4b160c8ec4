import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Detail } from '../../ui/Detail.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { useGoalsFormat } from './format.ts';
import { countStatuses } from './GoalsStatusSummary.tsx';
import { useTeamGoals } from './hooks.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { useQuarterName } from './QuarterPicker.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/**
 * The team's objectives of the current quarter in a few figures on its page, with the way to its
 * goals page. Shows nothing to someone who may not see the team's goals (the API answers 403).
 */
export function TeamGoalsCard({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const format = useGoalsFormat();
  const goals = useTeamGoals(teamId, undefined);
  if (!goals.data) return null;
  const { objectives, quarter } = goals.data;
  const counts = countStatuses(objectives.flatMap((o) => o.keyResults.map((k) => k.status)));

  return (
    <section aria-labelledby="goals-card-heading">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="goals-card-heading">
            {t('goals.card.title', { quarter: quarterName(quarter) })}
          </Title>
          <ButtonLink to="/teams/$teamId/goals" params={{ teamId }} variant="default" rightSection={<IconArrowRight size={16} aria-hidden />}>
            {t('goals.card.open')}
          </ButtonLink>
        </Group>
        {objectives.length === 0 ? (
          <Text size="sm">{t('goals.card.none')}</Text>
        ) : (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
              <Detail label={t('goals.card.objectives')}>{format.value(objectives.length, 'count')}</Detail>
              <Detail label={t('goals.statusHeading.on_track')}>{format.value(counts.on_track, 'count')}</Detail>
              <Detail label={t('goals.statusHeading.at_risk')}>{format.value(counts.at_risk, 'count')}</Detail>
              <Detail label={t('goals.statusHeading.off_track')}>
                <Text span inherit c={counts.off_track > 0 ? 'red.9' : undefined} fw={counts.off_track > 0 ? 700 : undefined}>
                  {format.value(counts.off_track, 'count')}
                </Text>
              </Detail>
              <Detail label={t('goals.card.withoutStatus')}>{format.value(counts.not_started + counts.no_data, 'count')}</Detail>
            </SimpleGrid>
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {objectives.map((o) => (
                <Group component="li" key={o.id} gap="sm" wrap="nowrap">
                  <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                    {o.title}
                  </Text>
                  <ProgressBar progress={o.attainment} status={o.status} width={220} />
                  <StatusBadge status={o.status} />
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Paper>
    </section>
  );
}
