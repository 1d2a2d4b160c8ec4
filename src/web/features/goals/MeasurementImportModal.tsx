import { Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MeasurementImport, type MeasurementImportResult } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ImportForm, type ImportColumn } from '../../ui/ImportForm.tsx';
import { useGoalsErrors } from './errors.ts';
import { useGoalsFormat } from './format.ts';
import { useImportMeasurements } from './hooks.ts';

const EXAMPLE = 'metric,measured_at,value\nescooter.policies_sold,2026-05-04,412\nescooter.straight_through_rate,04.05.2026,"62,5"';

/** Measurements from a CSV or xlsx file: checked at once with a preview and every row's problems, recorded only when the file is clean. */
export function MeasurementImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('goals.import.title')} size="xl">
      {opened && <MeasurementImportForm onDone={onClose} />}
    </AppModal>
  );
}

function MeasurementImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const localize = useGoalsErrors();
  const goals = useGoalsFormat();
  const run = useImportMeasurements();
  const columns: ImportColumn<MeasurementImportResult['preview'][number]>[] = [
    { header: t('goals.import.row'), cell: (p) => p.row },
    {
      header: t('goals.import.metric'),
      cell: (p) => (
        <>
          {goals.name(p.metricName)} <Code>{p.metricKey}</Code>
        </>
      ),
    },
    { header: t('goals.measurement.measuredAt'), cell: (p) => goals.at(p.measuredAt), style: { whiteSpace: 'nowrap' } },
    { header: t('goals.measurement.value'), cell: (p) => goals.value(p.value, p.unit), align: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } },
  ];
  return (
    <ImportForm
      run={run}
      schema={MeasurementImport}
      request={({ format, content }, idempotencyKey, dryRun) => ({ format, content, idempotencyKey, dryRun })}
      field="content"
      keyPrefix="measurement-import"
      localizeError={localize}
      idPrefix="measurement-import"
      example={EXAMPLE}
      texts={{
        intro: t('goals.import.intro'),
        file: t('goals.import.file'),
        fileHint: t('goals.import.fileHint'),
        check: t('goals.import.check'),
        apply: t('goals.import.apply'),
        appliedTitle: t('goals.import.appliedTitle'),
        errorsTitle: (count) => t('goals.import.errorsTitle', { count }),
        row: t('goals.import.row'),
        column: t('goals.import.column'),
        message: t('goals.import.message'),
        previewTitle: t('goals.import.previewTitle'),
        rows: (count) => t('goals.import.rows', { count }),
      }}
      ready={(result) => t('goals.import.ready', { count: result.rows })}
      applied={(result) => {
        const recorded = result.batches.length > 0 ? result.batches : result.result ? [result.result] : [];
        if (recorded.length > 0 && recorded.every((b) => b.replayed)) return t('goals.import.replayed');
        const points = recorded.reduce((sum, b) => sum + b.points, 0);
        const corrected = recorded.reduce((sum, b) => sum + b.corrected, 0);
        return t('goals.import.applied', { count: points, corrected });
      }}
      columns={columns}
      minWidth={640}
      onDone={onDone}
    />
  );
}
