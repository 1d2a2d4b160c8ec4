import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsumptionImport } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ImportForm, type ImportColumn } from '../../ui/ImportForm.tsx';
import { useFormat } from '../../ui/format.ts';
import { useMoney } from '../../ui/money.ts';
import { useImportConsumption, type ImportResult } from './hooks.ts';

const EXAMPLE = 'team,service,month,quantity\nKfz-Direkt,Policenverwaltung,2026-11,1200';

/** The previewed entries' cost: the consumption API gives no total of its own. */
const totalOf = (result: ImportResult) => result.preview.reduce((sum, row) => sum + row.costCents, 0);

/** Consumption from CSV text, pasted or read from a file: checked with a preview and every line's problems, recorded only when it is clean. */
export function ConsumptionImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('consumption.import.title')} size="xl">
      {opened && <ConsumptionImportForm onDone={onClose} />}
    </AppModal>
  );
}

function ConsumptionImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const run = useImportConsumption();
  const columns: ImportColumn<ImportResult['preview'][number]>[] = [
    { header: t('consumption.team'), cell: (row) => row.teamName },
    { header: t('consumption.service'), cell: (row) => row.serviceName },
    { header: t('consumption.month'), cell: (row) => money.month(row.month) },
    { header: t('consumption.quantity'), cell: (row) => format.number(row.quantity, 0), align: 'right' },
    { header: t('consumption.cost'), cell: (row) => money.cents(row.costCents), align: 'right' },
  ];
  return (
    <ImportForm
      run={run}
      schema={ConsumptionImport}
      request={({ content }, idempotencyKey, dryRun) => ({ csv: content, idempotencyKey, dryRun })}
      field="csv"
      keyPrefix="import"
      idPrefix="import"
      example={EXAMPLE}
      texts={{
        intro: t('consumption.import.intro'),
        file: t('consumption.import.file'),
        check: t('consumption.import.check'),
        apply: t('consumption.import.apply'),
        appliedTitle: t('consumption.import.appliedTitle'),
        errorsTitle: (count) => t('consumption.import.errorsTitle', { count }),
        row: t('consumption.import.row'),
        column: t('consumption.import.column'),
        message: t('consumption.import.message'),
        previewTitle: t('consumption.import.previewTitle'),
        rows: (count) => t('consumption.import.rows', { count }),
      }}
      paste={{ label: t('consumption.import.csv'), description: t('consumption.import.csvHint') }}
      ready={(result) => t('consumption.import.ready', { count: result.preview.length, total: money.cents(totalOf(result)) })}
      applied={({ result }) =>
        result && (
          <Text size="sm">
            {result.replayed
              ? t('consumption.import.replayed')
              : t('consumption.import.applied', { count: result.entries, total: money.cents(result.totalCostCents) })}
          </Text>
        )
      }
      columns={columns}
      footer={{ label: t('consumption.total'), value: (result) => money.cents(totalOf(result)) }}
      minWidth={600}
      onDone={onDone}
    />
  );
}
