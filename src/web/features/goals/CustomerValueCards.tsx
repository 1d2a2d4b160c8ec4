import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalsPortfolio } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useGoalsFormat } from './format.ts';
import { MetricTag } from './StatusBadge.tsx';

type Item = GoalsPortfolio['customerValue'][number];

/** The metrics that measure value for customers, side by side: the latest value, and how it moved against a month before. */
export function CustomerValueCards({ metrics, quarter }: { metrics: GoalsPortfolio['customerValue']; quarter: string }) {
  const { t } = useTranslation();
  if (metrics.length === 0) return <Text>{t('goals.customerValue.none')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {metrics.map((metric) => (
        <CustomerValueCard key={metric.id} metric={metric} quarter={quarter} />
      ))}
    </SimpleGrid>
  );
}

function CustomerValueCard({ metric, quarter }: { metric: Item; quarter: string }) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  const id = useId();
  const change = metric.lastValue !== null && metric.previousValue !== null ? metric.lastValue - metric.previousValue : null;
  const better = change === null || change === 0 ? null : metric.direction === 'higher_is_better' ? change > 0 : change < 0;
  const Arrow = change === null || change === 0 ? IconArrowRight : change > 0 ? IconArrowUpRight : IconArrowDownRight;

  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Text id={id} size="sm" fw={700}>
          {goals.name(metric.name)}
        </Text>
        {metric.stale && <MetricTag kind="stale" />}
      </Group>
      <AnchorLink to="/teams/$teamId/goals" params={{ teamId: metric.ownerTeamId }} search={{ quarter }} size="xs">
        {metric.teamName}
      </AnchorLink>
      <Text fz={24} fw={700} mt={4} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {goals.value(metric.lastValue, metric.unit)}
      </Text>
      <Group gap={4} wrap="nowrap">
        <Arrow size={16} aria-hidden color={better === null ? '#495057' : better ? '#237032' : '#c92a2a'} />
        <Text size="sm" c={better === null ? undefined : better ? '#237032' : 'red.9'}>
          {change === null
            ? t('goals.customerValue.noComparison')
            : t(better === null ? 'goals.customerValue.unchanged' : better ? 'goals.customerValue.better' : 'goals.customerValue.worse', {
                change: goals.change(change, metric.unit),
                previous: goals.value(metric.previousValue, metric.unit),
              })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {metric.lastMeasuredAt ? t('goals.customerValue.asOf', { at: goals.at(metric.lastMeasuredAt) }) : t('goals.metric.neverMeasured')} · {t(`goals.direction.${metric.direction}`)}
      </Text>
    </Paper>
  );
}
