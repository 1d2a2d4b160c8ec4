import { Alert, Badge, Button, Code, FileInput, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { IconCheck, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsumptionImport } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { RowErrorsTable } from '../../ui/RowErrorsTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { useImportConsumption, type ImportResult } from './hooks.ts';

/** A fresh key per file content: retrying the same import is not counted twice, a changed file is new. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return `import-${crypto.randomUUID()}`;
  // randomUUID exists only in secure contexts; a self-hosted instance may run on plain http.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `import-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const EXAMPLE = 'team,service,month,quantity\nKfz-Direkt,Policenverwaltung,2026-11,1200';

export function ConsumptionImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('consumption.import.title')} size="xl">
      {opened && <ImportForm onDone={onClose} />}
    </AppModal>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const run = useImportConsumption();
  const form = useForm({ csv: '' });
  const [key, setKey] = useState(newIdempotencyKey);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);

  const setCsv = (csv: string) => {
    form.setField('csv', csv);
    setKey(newIdempotencyKey());
    setChecked(null);
    setApplied(null);
  };

  function send(dryRun: boolean) {
    const input = form.validate(ConsumptionImport, { csv: form.values.csv, idempotencyKey: key, dryRun });
    if (!input) return;
    run.mutate(input, {
      onSuccess: (result) => (dryRun ? setChecked(result) : setApplied(result)),
      onError: form.showServerError,
    });
  }

  const canApply = checked !== null && checked.errors.length === 0 && checked.preview.length > 0 && applied === null;

  return (
    <Stack>
      <Text size="sm">{t('consumption.import.intro')}</Text>
      <Code block>{EXAMPLE}</Code>
      <FormError message={form.formError} />
      <FileInput
        label={t('consumption.import.file')}
        accept=".csv,text/csv,text/plain"
        clearable
        leftSection={<IconFileImport size={16} aria-hidden />}
        onChange={(file) => {
          if (file) void file.text().then(setCsv);
        }}
      />
      <Textarea
        label={t('consumption.import.csv')}
        description={t('consumption.import.csvHint')}
        autosize
        minRows={5}
        maxRows={14}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={form.values.csv}
        onChange={(e) => setCsv(e.currentTarget.value)}
        error={form.errors.csv}
      />
      <Group>
        <Button variant={canApply ? 'default' : 'filled'} onClick={() => send(true)} loading={run.isPending && run.variables?.dryRun}>
          {t('consumption.import.check')}
        </Button>
        <Button disabled={!canApply} onClick={() => send(false)} loading={run.isPending && !run.variables?.dryRun} leftSection={<IconCheck size={16} aria-hidden />}>
          {t('consumption.import.apply')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {applied ? t('common.close') : t('common.cancel')}
        </Button>
      </Group>
      {applied?.result && (
        <Alert color="teal" title={t('consumption.import.appliedTitle')} role="status">
          <Text size="sm">
            {applied.result.replayed
              ? t('consumption.import.replayed')
              : t('consumption.import.applied', { count: applied.result.entries, total: money.cents(applied.result.totalCostCents) })}
          </Text>
        </Alert>
      )}
      {checked && !applied && <ImportPreview result={checked} />}
    </Stack>
  );
}

function ImportPreview({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const total = result.preview.reduce((sum, row) => sum + row.costCents, 0);
  return (
    <Stack gap="md" aria-live="polite">
      {result.errors.length > 0 ? (
        <RowErrorsTable
          errors={result.errors}
          headingId="import-errors-heading"
          title={t('consumption.import.errorsTitle', { count: result.errors.length })}
          labels={{ row: t('consumption.import.row'), column: t('consumption.import.column'), message: t('consumption.import.message') }}
        />
      ) : (
        <Alert color="blue" role="status">
          {t('consumption.import.ready', { count: result.preview.length, total: money.cents(total) })}
        </Alert>
      )}
      {result.preview.length > 0 && (
        <section aria-labelledby="import-preview-heading">
          <Group gap="xs" mb="xs">
            <Title order={3} size="h5" id="import-preview-heading">
              {t('consumption.import.previewTitle')}
            </Title>
            <Badge size="sm" variant="default">
              {t('consumption.import.rows', { count: result.rows })}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={600}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consumption.team')}</Table.Th>
                  <Table.Th>{t('consumption.service')}</Table.Th>
                  <Table.Th>{t('consumption.month')}</Table.Th>
                  <Table.Th ta="right">{t('consumption.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('consumption.cost')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.preview.map((row, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{row.teamName}</Table.Td>
                    <Table.Td>{row.serviceName}</Table.Td>
                    <Table.Td>{money.month(row.month)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.quantity, 0)}</Table.Td>
                    <Table.Td ta="right">{money.cents(row.costCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={4}>{t('consumption.total')}</Table.Th>
                  <Table.Th ta="right">{money.cents(total)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
    </Stack>
  );
}
