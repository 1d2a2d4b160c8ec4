import { Alert, Badge, Button, Code, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LedgerImport, type Currency, type ImportFormat, type LedgerImportResult } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { RowErrorsTable } from '../../ui/RowErrorsTable.tsx';
import { FormError } from '../../ui/FormParts.tsx';
import { useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { useFinanceErrors } from './errors.ts';
import { useFinanceFormat } from './format.ts';
import { useImportLedger } from './hooks.ts';

/** A fresh key per file: retrying the same import books nothing twice, another file is a new import. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return `ledger-import-${crypto.randomUUID()}`;
  // randomUUID exists only in secure contexts; a self-hosted instance may run on plain http.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ledger-import-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The file's bytes as base64, without the `data:…;base64,` prefix of a data URL. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

const EXAMPLE = 'team,month,kind,category,expense_type,stream,amount,reference\nE-Scooter-Versicherung,2026-11,cost,cloud,opex,,1234.56,RE-4711\nE-Scooter-Versicherung,2026-11,revenue,,,E-Scooter-Police,9800.00,';

type Props = { currency: Currency; opened: boolean; onClose: () => void };

export function LedgerImportModal({ currency, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('finance.import.title')} size="xl">
      {opened && <ImportForm currency={currency} onDone={onClose} />}
    </AppModal>
  );
}

type Picked = { name: string; format: ImportFormat; content: string };

function ImportForm({ currency, onDone }: { currency: Currency; onDone: () => void }) {
  const localize = useFinanceErrors();
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const run = useImportLedger();
  const form = useForm({ content: '' });
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const [checked, setChecked] = useState<LedgerImportResult | null>(null);
  const [applied, setApplied] = useState<LedgerImportResult | null>(null);

  function send(source: Picked, dryRun: boolean, idempotencyKey = key) {
    const input = form.validate(LedgerImport, { format: source.format, content: source.content, idempotencyKey, dryRun });
    if (!input) return;
    run.mutate(input, {
      onSuccess: (result) => (dryRun ? setChecked(result) : setApplied(result)),
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  /** A new file is checked at once: the preview shows before anything can be booked. */
  async function pick(next: File | null) {
    setFile(next);
    setChecked(null);
    setApplied(null);
    setPicked(null);
    if (!next) return;
    const format: ImportFormat = /\.xlsx$/i.test(next.name) ? 'xlsx' : 'csv';
    const content = format === 'xlsx' ? await readBase64(next) : await next.text();
    const source = { name: next.name, format, content };
    const freshKey = newIdempotencyKey();
    setKey(freshKey);
    setPicked(source);
    send(source, true, freshKey);
  }

  const canApply = picked !== null && checked !== null && checked.errors.length === 0 && checked.rows > 0 && applied === null;

  return (
    <Stack>
      <Text size="sm">{t('finance.import.intro')}</Text>
      <Code block>{EXAMPLE}</Code>
      <FormError message={form.formError ?? form.errors.content} />
      <FileInput
        label={t('finance.import.file')}
        description={t('finance.import.fileHint')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        clearable
        value={file}
        leftSection={<IconFileImport size={16} aria-hidden />}
        onChange={(next) => void pick(next)}
      />
      <Group>
        <Button variant={canApply ? 'default' : 'filled'} disabled={!picked || applied !== null} onClick={() => picked && send(picked, true)} loading={run.isPending && run.variables?.dryRun !== false}>
          {t('finance.import.check')}
        </Button>
        <Button disabled={!canApply} onClick={() => picked && send(picked, false)} loading={run.isPending && run.variables?.dryRun === false} leftSection={<IconCheck size={16} aria-hidden />}>
          {t('finance.import.apply')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {applied ? t('common.close') : t('common.cancel')}
        </Button>
      </Group>
      {applied?.result && (
        <Alert color="teal" title={t('finance.import.appliedTitle')} role="status">
          {applied.result.replayed
            ? t('finance.import.replayed')
            : t('finance.import.applied', { count: applied.result.entries, total: money.cents(applied.result.totalCents) })}
        </Alert>
      )}
      {checked && !applied && <ImportPreview result={checked} currency={currency} />}
    </Stack>
  );
}

function ImportPreview({ result, currency }: { result: LedgerImportResult; currency: Currency }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  return (
    <Stack gap="md" aria-live="polite">
      {result.errors.length > 0 ? (
        <RowErrorsTable
          errors={result.errors}
          headingId="ledger-import-errors-heading"
          title={t('finance.import.errorsTitle', { count: result.errors.length })}
          labels={{ row: t('finance.import.row'), column: t('finance.import.column'), message: t('finance.import.message') }}
        />
      ) : (
        <Alert color="blue" role="status">
          {t('finance.import.ready', { count: result.rows, total: money.cents(result.totalCents) })}
        </Alert>
      )}
      {result.preview.length > 0 && (
        <section aria-labelledby="ledger-import-preview-heading">
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5" id="ledger-import-preview-heading">
              {t('finance.import.previewTitle')}
            </Title>
            <Badge size="sm" variant="default">
              {t('finance.import.rows', { count: result.rows })}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.import.row')}</Table.Th>
                  <Table.Th>{t('finance.import.team')}</Table.Th>
                  <Table.Th>{t('finance.month')}</Table.Th>
                  <Table.Th>{t('finance.ledger.kind')}</Table.Th>
                  <Table.Th>{t('finance.ledger.detail')}</Table.Th>
                  <Table.Th ta="right">{t('finance.ledger.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.preview.map(({ row, teamName, booking }) => (
                  <Table.Tr key={row}>
                    <Table.Td>{row}</Table.Td>
                    <Table.Td>{teamName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{months.month(booking.month)}</Table.Td>
                    <Table.Td>{t(`finance.kind.${booking.kind}`)}</Table.Td>
                    <Table.Td>
                      {booking.kind === 'cost'
                        ? `${t(`finance.category.${booking.category}`)} · ${t(`finance.expenseType.${booking.expenseType}`)}`
                        : booking.stream}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money.cents(booking.amountCents)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={5}>{t('finance.total')}</Table.Th>
                  <Table.Th ta="right">{money.cents(result.totalCents)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
    </Stack>
  );
}
