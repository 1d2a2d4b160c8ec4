import { useTranslation } from 'react-i18next';
import { LedgerImport, type Currency, type LedgerImportResult } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ImportForm, type ImportColumn } from '../../ui/ImportForm.tsx';
import { useMoney } from '../../ui/money.ts';
import { useFinanceErrors } from './errors.ts';
import { useFinanceFormat } from './format.ts';
import { useImportLedger } from './hooks.ts';

const EXAMPLE = 'team,month,kind,category,expense_type,stream,amount,reference\nE-Scooter-Versicherung,2026-11,cost,cloud,opex,,1234.56,RE-4711\nE-Scooter-Versicherung,2026-11,revenue,,,E-Scooter-Police,9800.00,';

type Props = { currency: Currency; opened: boolean; onClose: () => void };

/** Ledger entries from a CSV or xlsx file: checked at once with a preview and every row's problems, booked only when the file is clean. */
export function LedgerImportModal({ currency, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('finance.import.title')} size="xl">
      {opened && <LedgerImportForm currency={currency} onDone={onClose} />}
    </AppModal>
  );
}

function LedgerImportForm({ currency, onDone }: { currency: Currency; onDone: () => void }) {
  const { t } = useTranslation();
  const localize = useFinanceErrors();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  const run = useImportLedger();
  const columns: ImportColumn<LedgerImportResult['preview'][number]>[] = [
    { header: t('finance.import.row'), cell: ({ row }) => row },
    { header: t('finance.import.team'), cell: ({ teamName }) => teamName },
    { header: t('finance.month'), cell: ({ booking }) => months.month(booking.month), style: { whiteSpace: 'nowrap' } },
    { header: t('finance.ledger.kind'), cell: ({ booking }) => t(`finance.kind.${booking.kind}`) },
    {
      header: t('finance.ledger.detail'),
      cell: ({ booking }) =>
        booking.kind === 'cost' ? `${t(`finance.category.${booking.category}`)} · ${t(`finance.expenseType.${booking.expenseType}`)}` : booking.stream,
    },
    { header: t('finance.ledger.amount'), cell: ({ booking }) => money.cents(booking.amountCents), align: 'right', style: { whiteSpace: 'nowrap' } },
  ];
  return (
    <ImportForm
      run={run}
      schema={LedgerImport}
      request={({ format, content }, idempotencyKey, dryRun) => ({ format, content, idempotencyKey, dryRun })}
      field="content"
      keyPrefix="ledger-import"
      localizeError={localize}
      idPrefix="ledger-import"
      example={EXAMPLE}
      texts={{
        intro: t('finance.import.intro'),
        file: t('finance.import.file'),
        fileHint: t('finance.import.fileHint'),
        check: t('finance.import.check'),
        apply: t('finance.import.apply'),
        appliedTitle: t('finance.import.appliedTitle'),
        errorsTitle: (count) => t('finance.import.errorsTitle', { count }),
        row: t('finance.import.row'),
        column: t('finance.import.column'),
        message: t('finance.import.message'),
        previewTitle: t('finance.import.previewTitle'),
        rows: (count) => t('finance.import.rows', { count }),
      }}
      ready={(result) => t('finance.import.ready', { count: result.rows, total: money.cents(result.totalCents) })}
      applied={({ result }) =>
        result && (result.replayed ? t('finance.import.replayed') : t('finance.import.applied', { count: result.entries, total: money.cents(result.totalCents) }))
      }
      columns={columns}
      footer={{ label: t('finance.total'), value: (result) => money.cents(result.totalCents) }}
      minWidth={720}
      onDone={onDone}
    />
  );
}
