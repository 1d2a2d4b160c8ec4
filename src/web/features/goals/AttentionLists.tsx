import { Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalsPortfolio } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useGoalsFormat } from './format.ts';

/** The teams whose key results are off track, and the metrics whose numbers have gone stale. */
export function AttentionLists({ portfolio }: { portfolio: GoalsPortfolio }) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  const { quarter } = portfolio;
  const moreOffTrack = portfolio.offTrackTotal - portfolio.offTrack.length;
  const moreStale = portfolio.staleTotal - portfolio.stale.length;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="off-track-heading">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4" id="off-track-heading">
            {t('goals.attention.offTrackTitle', { count: portfolio.offTrackTotal })}
          </Title>
        </Group>
        {portfolio.offTrack.length === 0 ? (
          <Text size="sm">{t('goals.attention.offTrackNone')}</Text>
        ) : (
          <List spacing="xs" size="sm">
            {portfolio.offTrack.map((team) => (
              <List.Item key={team.teamId}>
                <AnchorLink to="/teams/$teamId/goals" params={{ teamId: team.teamId }} search={{ quarter }} fw={600} size="sm">
                  {team.teamName}
                </AnchorLink>{' '}
                <Text span size="sm" c="red.9" fw={700}>
                  {t('goals.attention.offTrackCount', { count: team.offTrack })}
                </Text>
                {team.keyResults.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {team.keyResults.join(' · ')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {moreOffTrack > 0 && (
          <Text size="sm" mt="xs">
            {t('goals.attention.more', { count: moreOffTrack })}
          </Text>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="stale-heading">
        <Title order={3} size="h4" id="stale-heading" mb="xs">
          {t('goals.attention.staleTitle', { count: portfolio.staleTotal })}
        </Title>
        {portfolio.stale.length === 0 ? (
          <Text size="sm">{t('goals.attention.staleNone')}</Text>
        ) : (
          <List spacing="xs" size="sm">
            {portfolio.stale.map((metric) => (
              <List.Item key={metric.metricId}>
                <Text span size="sm" fw={600}>
                  {goals.name(metric.name)}
                </Text>{' '}
                ·{' '}
                <AnchorLink to="/teams/$teamId/goals" params={{ teamId: metric.teamId }} search={{ quarter }} size="sm">
                  {metric.teamName}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {metric.lastMeasuredAt
                    ? t('goals.attention.staleSince', { at: goals.at(metric.lastMeasuredAt), count: metric.expectedIntervalDays })
                    : t('goals.attention.staleNever', { count: metric.expectedIntervalDays })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {moreStale > 0 && (
          <Text size="sm" mt="xs">
            {t('goals.attention.more', { count: moreStale })}
          </Text>
        )}
      </Paper>
    </SimpleGrid>
  );
}
