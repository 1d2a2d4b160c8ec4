import { ActionIcon, Button, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconFileImport, IconPencil, IconPlus, IconTimelineEventPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../../../contracts/index.ts';
import { Section } from '../../ui/Section.tsx';
import { useGoalsFormat } from './format.ts';
import { MeasurementImportModal } from './MeasurementImportModal.tsx';
import { MeasurementModal } from './MeasurementModal.tsx';
import { MetricModal } from './MetricModal.tsx';
import { MetricTag } from './StatusBadge.tsx';

type Props = {
  teamId: string;
  teamName: string;
  metrics: readonly Metric[];
  abilities: { manage: boolean; recordMeasurements: boolean };
};

/** The metrics the team owns, how they are measured and whether their numbers are current. */
export function MetricsCatalog({ teamId, teamName, metrics, abilities }: Props) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ metricId: string | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const editing = metrics.find((m) => m.id === editingId) ?? null;
  const recordable = metrics.filter((m) => m.abilities.record);

  return (
    <Section
      id="metrics"
      title={t('goals.metrics.title')}
      actions={
        <Group gap="sm">
          {abilities.recordMeasurements && recordable.length > 0 && (
            <>
              <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
                {t('goals.import.action')}
              </Button>
              <Button variant="default" leftSection={<IconTimelineEventPlus size={16} aria-hidden />} onClick={() => setRecording({ metricId: null })}>
                {t('goals.measurement.action')}
              </Button>
            </>
          )}
          {abilities.manage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('goals.metric.action')}
            </Button>
          )}
        </Group>
      }
    >
      <Text size="sm" mb="sm">
        {t('goals.metrics.intro')}
      </Text>
      {metrics.length === 0 ? (
        <Text>{t('goals.metrics.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1040}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('goals.metrics.caption', { team: teamName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('goals.metric.name')}</Table.Th>
                <Table.Th>{t('goals.metric.unit')}</Table.Th>
                <Table.Th>{t('goals.metric.direction')}</Table.Th>
                <Table.Th>{t('goals.metric.aggregation')}</Table.Th>
                <Table.Th>{t('goals.metric.customerValueShort')}</Table.Th>
                <Table.Th>{t('goals.metric.source')}</Table.Th>
                <Table.Th ta="right">{t('goals.metric.lastValue')}</Table.Th>
                <Table.Th>{t('goals.metric.lastMeasured')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {metrics.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={600}>
                    {goals.name(m.name)}
                    <Text size="xs" fw={400}>
                      <Code>{m.key}</Code>
                    </Text>
                  </Table.Th>
                  <Table.Td>{t(`goals.unit.name.${m.unit}`)}</Table.Td>
                  <Table.Td>{t(`goals.direction.${m.direction}`)}</Table.Td>
                  <Table.Td>{t(`goals.aggregation.${m.aggregation}`)}</Table.Td>
                  <Table.Td>{m.customerValue ? t('common.yes') : t('common.no')}</Table.Td>
                  <Table.Td>{t(`goals.source.${m.source}`)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {goals.value(m.lastValue, m.unit)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {m.lastMeasuredAt ? goals.at(m.lastMeasuredAt) : t('goals.metric.neverMeasured')}
                      </Text>
                      {m.stale && (
                        <MetricTag kind="stale" title={t('goals.metric.staleHint', { count: m.expectedIntervalDays })} />
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {m.abilities.record && (
                        <Tooltip label={t('goals.measurement.actionFor', { metric: goals.name(m.name) })}>
                          <ActionIcon variant="subtle" onClick={() => setRecording({ metricId: m.id })} aria-label={t('goals.measurement.actionFor', { metric: goals.name(m.name) })}>
                            <IconTimelineEventPlus size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {m.abilities.update && (
                        <Tooltip label={t('goals.metric.editFor', { metric: goals.name(m.name) })}>
                          <ActionIcon variant="subtle" onClick={() => setEditingId(m.id)} aria-label={t('goals.metric.editFor', { metric: goals.name(m.name) })}>
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MetricModal teamId={teamId} teamName={teamName} opened={creating} onClose={() => setCreating(false)} />
      <MetricModal teamId={teamId} teamName={teamName} metric={editing} opened={editing !== null} onClose={() => setEditingId(null)} />
      <MeasurementModal metrics={recordable} metricId={recording?.metricId} opened={recording !== null} onClose={() => setRecording(null)} />
      <MeasurementImportModal opened={importing} onClose={() => setImporting(false)} />
    </Section>
  );
}
