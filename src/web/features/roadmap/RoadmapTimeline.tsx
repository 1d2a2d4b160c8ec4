import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../contracts/index.ts';
import { today, useFormat } from '../../ui/format.ts';
import { useMoney } from '../../ui/money.ts';

const DAY = 86_400_000;
const toTime = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const BAR_COLORS: Record<Initiative['status'], string> = { planned: '#4dabf7', in_progress: '#0c8599', done: '#868e96', on_hold: '#e8590c' };

/** The months from the one holding `from` to the one after `to`, as their first days. */
function monthStarts(from: number, to: number): number[] {
  const start = new Date(from);
  const months: number[] = [];
  for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); d <= to; ) {
    months.push(d);
    const next = new Date(d);
    d = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const last = new Date(months.at(-1)!);
  months.push(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
  return months;
}

/**
 * Initiatives as bars over the calendar with their milestones as diamonds: overdue ones red, done ones
 * green. The drawing is decoration; every date stands as text beside it and in the lists below.
 */
export function RoadmapTimeline({ initiatives }: { initiatives: Initiative[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const dates = initiatives.flatMap((i) => [i.startDate, i.endDate, ...i.milestones.map((m) => m.dueOn)]);
  const months = monthStarts(Math.min(...dates.map(toTime)), Math.max(...dates.map(toTime)));
  const from = months[0]!;
  const to = months.at(-1)!;
  const at = (isoDate: string) => `${((toTime(isoDate) - from) / (to - from)) * 100}%`;
  const span = (start: string, end: string) => `${((toTime(end) + DAY - toTime(start)) / (to - from)) * 100}%`;
  const now = today();
  const showNow = toTime(now) >= from && toTime(now) < to;
  // Every month is labelled on short roadmaps; on long ones only the quarters.
  const labelled = (time: number) => months.length <= 14 || new Date(time).getUTCMonth() % 3 === 0;
  const rows = [...initiatives].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));

  return (
    <Stack gap={0} style={{ overflowX: 'auto' }}>
      <Box style={{ minWidth: 900 }}>
        <Group gap={0} wrap="nowrap" align="stretch" aria-hidden>
          <Box w={280} style={{ flexShrink: 0 }} />
          <Box style={{ position: 'relative', flex: 1, height: 24, borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
            {months.slice(0, -1).map((month) => (
              <Text
                key={month}
                size="xs"
                c="dimmed"
                style={{ position: 'absolute', left: `${((month - from) / (to - from)) * 100}%`, paddingLeft: 4, whiteSpace: 'nowrap' }}
              >
                {labelled(month) ? money.month(new Date(month).toISOString().slice(0, 7)) : ''}
              </Text>
            ))}
          </Box>
        </Group>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('roadmap.timeline.label')}>
          {rows.map((initiative) => (
            <Group key={initiative.id} component="li" gap={0} wrap="nowrap" align="stretch" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
              <Box w={280} py={6} pr="sm" style={{ flexShrink: 0 }}>
                <Text size="sm" fw={600} lineClamp={2}>
                  <a href={`#initiative-${initiative.id}`} style={{ color: 'inherit' }}>
                    {initiative.title}
                  </a>
                </Text>
                <Text size="xs">
                  {t(`initiativeStatus.${initiative.status}`)} · {format.date(initiative.startDate)} – {format.date(initiative.endDate)}
                  {initiative.overdueMilestones > 0 && (
                    <Text span size="xs" c="red.9" fw={700}>
                      {' · '}
                      {t('roadmap.overdueCount', { count: initiative.overdueMilestones })}
                    </Text>
                  )}
                </Text>
              </Box>
              <Box aria-hidden style={{ position: 'relative', flex: 1, minHeight: 48 }}>
                {months.slice(1, -1).map((month) => (
                  <Box
                    key={month}
                    style={{ position: 'absolute', top: 0, bottom: 0, left: `${((month - from) / (to - from)) * 100}%`, borderLeft: '1px dotted var(--mantine-color-gray-3)' }}
                  />
                ))}
                {showNow && <Box style={{ position: 'absolute', top: 0, bottom: 0, left: at(now), borderLeft: '2px solid var(--mantine-color-red-7)' }} />}
                <Box
                  title={`${initiative.title}: ${format.date(initiative.startDate)} – ${format.date(initiative.endDate)}`}
                  style={{
                    position: 'absolute',
                    top: 14,
                    height: 20,
                    left: at(initiative.startDate),
                    width: span(initiative.startDate, initiative.endDate),
                    background: BAR_COLORS[initiative.status],
                    borderRadius: 4,
                    opacity: initiative.status === 'done' ? 0.6 : 0.9,
                  }}
                />
                {initiative.milestones.map((milestone) => (
                  <Box
                    key={milestone.id}
                    title={`${milestone.title}: ${format.date(milestone.dueOn)}`}
                    style={{
                      position: 'absolute',
                      top: 17,
                      left: `calc(${at(milestone.dueOn)} - 7px)`,
                      width: 14,
                      height: 14,
                      transform: 'rotate(45deg)',
                      background: milestone.doneOn ? '#2b8a3e' : milestone.overdue ? '#c92a2a' : '#fff',
                      border: `2px solid ${milestone.doneOn ? '#2b8a3e' : milestone.overdue ? '#c92a2a' : '#1c2b3a'}`,
                    }}
                  />
                ))}
              </Box>
            </Group>
          ))}
        </ul>
        <Group gap="lg" mt="xs" aria-hidden>
          <Legend color="#fff" border="#1c2b3a" label={t('roadmap.milestone.open')} />
          <Legend color="#c92a2a" border="#c92a2a" label={t('roadmap.milestone.overdue')} />
          <Legend color="#2b8a3e" border="#2b8a3e" label={t('roadmap.milestone.done')} />
          {showNow && (
            <Group gap={4}>
              <Box w={2} h={14} bg="red.7" />
              <Text size="xs">{t('roadmap.timeline.today')}</Text>
            </Group>
          )}
        </Group>
      </Box>
    </Stack>
  );
}

function Legend({ color, border, label }: { color: string; border: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={10} h={10} style={{ transform: 'rotate(45deg)', background: color, border: `2px solid ${border}` }} />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
