import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Team } from '../../../contracts/index.ts';
import { Chart, type ChartOption } from '../../ui/Chart.tsx';
import { useFormat } from '../../ui/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { AssessmentModal } from './AssessmentModal.tsx';
import { useTeamAssessments } from './hooks.ts';
import { LevelCell } from './LevelCell.tsx';

/** The team's maturity: the latest assessment against its targets and the one before, as a radar and a table. */
export function TeamMaturitySection({ team }: { team: Team }) {
  const { t } = useTranslation();
  const assessments = useTeamAssessments(team.id);
  const [assessing, setAssessing] = useState(false);
  return (
    <section aria-labelledby="maturity-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="maturity-heading">
          {t('maturity.team.title')}
        </Title>
        {team.abilities.assess && team.stage !== 'sunset' && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAssessing(true)}>
            {t('maturity.assess.action')}
          </Button>
        )}
      </Group>
      <QueryState query={assessments}>
        {({ items }) => (
          <>
            {items.length === 0 ? <Text>{t('maturity.team.none')}</Text> : <AssessmentView latest={items[0]!} previous={items[1]} />}
            <AssessmentModal team={team} previous={items[0]} opened={assessing} onClose={() => setAssessing(false)} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function AssessmentView({ latest, previous }: { latest: Assessment; previous: Assessment | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const previousLevel = (key: string) => previous?.ratings.find((r) => r.dimensionKey === key)?.level;
  const option = useMemo<ChartOption>(() => {
    const before = (key: string) => previous?.ratings.find((r) => r.dimensionKey === key)?.level ?? 0;
    const current = { name: t('maturity.team.current'), value: latest.ratings.map((r) => r.level), itemStyle: { color: '#1971c2' }, areaStyle: { opacity: 0.25 } };
    const target = { name: t('maturity.team.target'), value: latest.ratings.map((r) => r.targetLevel), itemStyle: { color: '#2b8a3e' }, lineStyle: { type: 'dashed' as const } };
    const last = previous && { name: t('maturity.team.previous'), value: latest.ratings.map((r) => before(r.dimensionKey)), itemStyle: { color: '#868e96' } };
    return {
      tooltip: {},
      legend: { bottom: 0 },
      radar: { indicator: latest.ratings.map((r) => ({ name: r.dimensionName, max: 5, min: 0 })), splitNumber: 5, radius: '62%' },
      series: [{ type: 'radar', data: last ? [current, target, last] : [current, target] }],
    };
  }, [latest, previous, t]);

  return (
    <Stack gap="sm">
      <Text>
        {t('maturity.team.summary', {
          date: format.date(latest.assessedOn),
          by: latest.assessedBy,
          average: format.number(latest.average),
          version: latest.modelVersion,
        })}
        {previous && ` ${t('maturity.team.previousSummary', { date: format.date(previous.assessedOn), average: format.number(previous.average) })}`}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Chart option={option} height={360} label={t('maturity.team.radarLabel', { date: format.date(latest.assessedOn) })} />
        <Table.ScrollContainer minWidth={520}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('maturity.team.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('maturity.team.dimension')}</Table.Th>
                <Table.Th ta="center">{t('maturity.team.current')}</Table.Th>
                <Table.Th ta="center">{t('maturity.team.target')}</Table.Th>
                {previous && <Table.Th ta="center">{t('maturity.team.previous')}</Table.Th>}
                <Table.Th>{t('maturity.team.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {latest.ratings.map((rating) => (
                <Table.Tr key={rating.dimensionKey}>
                  <Table.Th scope="row">{rating.dimensionName}</Table.Th>
                  <LevelCell level={rating.level} />
                  <Table.Td ta="center">{rating.targetLevel}</Table.Td>
                  {previous && <Table.Td ta="center">{previousLevel(rating.dimensionKey) ?? '—'}</Table.Td>}
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{rating.evidence || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SimpleGrid>
      {latest.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={700} size="sm">
            {t('maturity.notes')}:
          </Text>{' '}
          {latest.notes}
        </Text>
      )}
    </Stack>
  );
}
