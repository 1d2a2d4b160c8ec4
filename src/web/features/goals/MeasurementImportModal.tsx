import { Alert, Badge, Button, Code, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeasurementImport, type MeasurementImportResult } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { newIdempotencyKey, readImportFile } from '../../ui/fileImport.ts';
import { FormError } from '../../ui/FormParts.tsx';
import { RowErrorsTable } from '../../ui/RowErrorsTable.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { useGoalsFormat } from './format.ts';
import { useImportMeasurements } from './hooks.ts';

const EXAMPLE = 'metric,measured_at,value\nescooter.policies_sold,2026-05-04,412\nescooter.straight_through_rate,04.05.2026,"62,5"';

type Picked = Awaited<ReturnType<typeof readImportFile>>;

/** Measurements from a CSV or xlsx file: checked at once with a preview and every row's problems, recorded only when the file is clean. */
export function MeasurementImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('goals.import.title')} size="xl">
      {opened && <ImportForm onDone={onClose} />}
    </AppModal>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const localize = useGoalsErrors();
  const run = useImportMeasurements();
  const form = useForm({ content: '' });
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [key, setKey] = useState(() => newIdempotencyKey('measurement-import'));
  const [checked, setChecked] = useState<MeasurementImportResult | null>(null);
  const [applied, setApplied] = useState<MeasurementImportResult | null>(null);

  function send(source: Picked, dryRun: boolean, idempotencyKey = key) {
    const input = form.validate(MeasurementImport, { format: source.format, content: source.content, idempotencyKey, dryRun });
    if (!input) return;
    run.mutate(input, {
      onSuccess: (result) => (dryRun ? setChecked(result) : setApplied(result)),
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  async function pick(next: File | null) {
    setFile(next);
    setChecked(null);
    setApplied(null);
    setPicked(null);
    if (!next) return;
    const source = await readImportFile(next);
    const freshKey = newIdempotencyKey('measurement-import');
    setKey(freshKey);
    setPicked(source);
    send(source, true, freshKey);
  }

  const canApply = picked !== null && checked !== null && checked.errors.length === 0 && checked.rows > 0 && applied === null;
  const recorded = applied ? (applied.batches.length > 0 ? applied.batches : applied.result ? [applied.result] : []) : [];
  const points = recorded.reduce((sum, b) => sum + b.points, 0);
  const corrected = recorded.reduce((sum, b) => sum + b.corrected, 0);

  return (
    <Stack>
      <Text size="sm">{t('goals.import.intro')}</Text>
      <Code block>{EXAMPLE}</Code>
      <FormError message={form.formError ?? form.errors.content} />
      <FileInput
        label={t('goals.import.file')}
        description={t('goals.import.fileHint')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        clearable
        value={file}
        leftSection={<IconFileImport size={16} aria-hidden />}
        onChange={(next) => void pick(next)}
      />
      <Group>
        <Button variant={canApply ? 'default' : 'filled'} disabled={!picked || applied !== null} onClick={() => picked && send(picked, true)} loading={run.isPending && run.variables?.dryRun !== false}>
          {t('goals.import.check')}
        </Button>
        <Button disabled={!canApply} onClick={() => picked && send(picked, false)} loading={run.isPending && run.variables?.dryRun === false} leftSection={<IconCheck size={16} aria-hidden />}>
          {t('goals.import.apply')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {applied ? t('common.close') : t('common.cancel')}
        </Button>
      </Group>
      {applied && (
        <Alert color="teal" title={t('goals.import.appliedTitle')} role="status">
          {recorded.length > 0 && recorded.every((b) => b.replayed) ? t('goals.import.replayed') : t('goals.import.applied', { count: points, corrected })}
        </Alert>
      )}
      {checked && !applied && <ImportPreview result={checked} />}
    </Stack>
  );
}

function ImportPreview({ result }: { result: MeasurementImportResult }) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  return (
    <Stack gap="md" aria-live="polite">
      {result.errors.length > 0 ? (
        <RowErrorsTable
          errors={result.errors}
          headingId="measurement-import-errors-heading"
          title={t('goals.import.errorsTitle', { count: result.errors.length })}
          labels={{ row: t('goals.import.row'), column: t('goals.import.column'), message: t('goals.import.message') }}
        />
      ) : (
        <Alert color="blue" role="status">
          {t('goals.import.ready', { count: result.rows })}
        </Alert>
      )}
      {result.preview.length > 0 && (
        <section aria-labelledby="measurement-import-preview-heading">
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5" id="measurement-import-preview-heading">
              {t('goals.import.previewTitle')}
            </Title>
            <Badge size="sm" variant="default">
              {t('goals.import.rows', { count: result.rows })}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('goals.import.row')}</Table.Th>
                  <Table.Th>{t('goals.import.metric')}</Table.Th>
                  <Table.Th>{t('goals.measurement.measuredAt')}</Table.Th>
                  <Table.Th ta="right">{t('goals.measurement.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.preview.map((p) => (
                  <Table.Tr key={p.row}>
                    <Table.Td>{p.row}</Table.Td>
                    <Table.Td>
                      {goals.name(p.metricName)} <Code>{p.metricKey}</Code>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{goals.at(p.measuredAt)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {goals.value(p.value, p.unit)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
    </Stack>
  );
}
