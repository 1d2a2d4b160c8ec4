import { Box, Button, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPencil } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyResult } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { CheckInForm, CheckInHistory } from './CheckIns.tsx';
import { useGoalsFormat } from './format.ts';
import { MetricTrend } from './MetricTrend.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { Sparkline } from './Sparkline.tsx';
import { MetricTag, StatusBadge } from './StatusBadge.tsx';

type Props = {
  keyResult: KeyResult;
  /** A line above it, apart from the first of the list. */
  separated?: boolean;
  expanded: boolean;
  onToggle: () => void;
  onEdit: () => void;
};

/** One key result: where its metric stands between baseline and target, how that compares with the time passed, and what the team last said. */
export function KeyResultItem({ keyResult: kr, separated = false, expanded, onToggle, onEdit }: Props) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  const format = useFormat();
  const detailId = useId();
  const titleId = useId();
  const unit = kr.metric.unit;
  const metricName = goals.name(kr.metric.name);
  const lastCheckIn = kr.lastCheckIn;

  return (
    <Box component="li" aria-labelledby={titleId} pt={separated ? 'md' : 0} style={{ listStyle: 'none', borderTop: separated ? '1px dashed var(--mantine-color-gray-4)' : undefined }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} id={titleId} component="h4" m={0} fz="md">
                {kr.title}
              </Text>
              <StatusBadge status={kr.status} />
            </Group>
            <Group gap={6} mt={2}>
              <Text size="sm" c="dimmed">
                {metricName} · {t('goals.kr.periodRange', { from: format.date(kr.periodStart), to: format.date(kr.periodEnd) })}
              </Text>
              {kr.metric.customerValue && <MetricTag kind="customerValue" />}
              {kr.metric.stale && <MetricTag kind="stale" />}
            </Group>
          </div>
          <Group gap={4} wrap="nowrap">
            {kr.abilities.update && (
              <Button variant="subtle" size="compact-sm" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit} aria-label={t('goals.kr.editFor', { keyResult: kr.title })}>
                {t('common.edit')}
              </Button>
            )}
            <Button
              variant="light"
              size="compact-sm"
              rightSection={expanded ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
              onClick={onToggle}
              aria-expanded={expanded}
              aria-controls={detailId}
              aria-label={t('goals.kr.detailsFor', { keyResult: kr.title })}
            >
              {t('goals.kr.details')}
            </Button>
          </Group>
        </Group>

        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" verticalSpacing={6}>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            <Text span size="sm" c="dimmed">
              {t('goals.kr.baseline')}
            </Text>{' '}
            {goals.value(kr.baseline, unit)} →{' '}
            <Text span size="sm" c="dimmed">
              {t('goals.kr.current')}
            </Text>{' '}
            <Text span size="sm" fw={700}>
              {goals.value(kr.current, unit)}
            </Text>{' '}
            →{' '}
            <Text span size="sm" c="dimmed">
              {t('goals.kr.target')}
            </Text>{' '}
            {goals.value(kr.target, unit)}
          </Text>
          <div>
            <ProgressBar progress={kr.progress} status={kr.status} elapsedShare={kr.elapsedShare} />
            <Text size="xs" c="dimmed">
              {t('goals.kr.progressLine', { progress: goals.progress(kr.progress), elapsed: goals.progress(kr.elapsedShare) })}
            </Text>
          </div>
          {kr.sparkline.some((v) => v !== null) ? (
            <Sparkline values={kr.sparkline} cumulative={kr.metric.aggregation === 'sum'} target={kr.target} status={kr.status} label={t(kr.metric.aggregation === 'sum' ? 'goals.kr.sparklineLabelSum' : 'goals.kr.sparklineLabel', { metric: metricName })} />
          ) : (
            <Text size="sm" c="dimmed">
              {kr.status === 'not_started' ? t('goals.kr.notStartedYet', { date: format.date(kr.periodStart) }) : t('goals.kr.noMeasurement')}
            </Text>
          )}
        </SimpleGrid>

        <Text size="sm">
          {lastCheckIn ? (
            <>
              <Text span size="sm" c="dimmed">
                {t('goals.kr.lastCheckIn', { date: goals.at(lastCheckIn.createdAt), by: lastCheckIn.createdBy })}
                {lastCheckIn.confidence && ` · ${t('goals.checkIn.confidence')}: ${t(`goals.checkIn.confidenceLevel.${lastCheckIn.confidence}`)}`}
              </Text>{' '}
              {t('goals.kr.quoted', { comment: lastCheckIn.comment })}
            </>
          ) : (
            <Text span size="sm" c="dimmed">
              {t('goals.kr.noCheckIn')}
            </Text>
          )}
        </Text>

        <Box id={detailId} hidden={!expanded}>
          {expanded && (
            <Stack gap="md" mt="xs" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
              <MetricTrend keyResult={kr} />
              <Divider />
              <CheckInHistory keyResult={kr} />
              {kr.abilities.checkIn && <CheckInForm keyResult={kr} />}
            </Stack>
          )}
        </Box>
      </Stack>
    </Box>
  );
}
