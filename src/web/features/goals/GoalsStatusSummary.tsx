import { Box, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KR_STATUSES, type KrStatus } from '../../../contracts/index.ts';
import { KpiCard } from '../finance/KpiCard.tsx';
import { useGoalsFormat } from './format.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { STATUS_COLORS } from './StatusBadge.tsx';

export type StatusCounts = Record<KrStatus, number>;

export function countStatuses(statuses: readonly KrStatus[]): StatusCounts {
  const counts: StatusCounts = { on_track: 0, at_risk: 0, off_track: 0, not_started: 0, no_data: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

type Props = {
  counts: StatusCounts;
  /** Overall attainment, with its status where the server rolled one up. */
  attainment?: { value: number | null; status?: KrStatus } | undefined;
  /** Extra cards in front, e.g. the number of teams. */
  leading?: React.ReactNode;
};

/** Key results by status, as figures: how many on track, at risk, off track, not begun, without data. */
export function GoalsStatusSummary({ counts, attainment, leading }: Props) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const total = KR_STATUSES.reduce((s, k) => s + counts[k], 0);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: attainment ? 4 : 6 }} spacing="md">
      {leading}
      {attainment && (
        <KpiCard label={t('goals.attainment')} value={format.progress(attainment.value)} hint={attainment.status ? t(`goals.status.${attainment.status}`) : t('goals.summary.attainmentHint')}>
          <Box mt={6}>
            <ProgressBar progress={attainment.value} status={attainment.status} />
          </Box>
        </KpiCard>
      )}
      <KpiCard label={t('goals.kr.plural')} value={format.value(total, 'count')} hint={t('goals.summary.keyResultsHint')} />
      {KR_STATUSES.map((status) => (
        <KpiCard
          key={status}
          label={t(`goals.statusHeading.${status}`)}
          value={format.value(counts[status], 'count')}
          alarm={status === 'off_track' && counts[status] > 0}
          hint={total > 0 ? t('goals.summary.share', { share: format.progress(counts[status] / total) }) : undefined}
        >
          <Box aria-hidden mt={6} h={4} style={{ borderRadius: 2, background: STATUS_COLORS[status].background, border: `1px solid ${STATUS_COLORS[status].border}` }} />
        </KpiCard>
      ))}
    </SimpleGrid>
  );
}
