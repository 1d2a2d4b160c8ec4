import { Badge, Button, Center, Group, Loader, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGER_KINDS, ReverseLedgerEntry, type Currency, type LedgerEntry, type LedgerKind } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useFormat } from '../../ui/format.ts';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { useMoney } from '../../ui/money.ts';
import { Section } from '../../ui/Section.tsx';
import { useForm } from '../../ui/useForm.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { useFinanceErrors } from './errors.ts';
import { useFinanceFormat } from './format.ts';
import { useLedger, useReverse } from './hooks.ts';

type Props = {
  teamId: string;
  fiscalYear: number;
  currency: Currency;
  /** Whether the viewer may book for the team, and so reverse its bookings. */
  canBook: boolean;
  exportQuery: Record<string, string | number | undefined>;
};

/** Only what people and machines book by hand can be reversed; budgets and showback have their own ways. */
const reversible = (entry: LedgerEntry) => (entry.kind === 'cost' || entry.kind === 'revenue') && entry.reversedById === null && entry.reversesId === null;

/** The team's ledger entries of the fiscal year, newest first, with the reversal of a booking. */
export function LedgerSection({ teamId, fiscalYear, currency, canBook, exportQuery }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  const format = useFormat();
  const [kind, setKind] = useState<LedgerKind | null>(null);
  const [reversingId, setReversingId] = useState<string | null>(null);
  const ledger = useLedger(teamId, { fiscalYear, kind: kind ?? undefined });
  const items = ledger.data?.pages.flatMap((page) => page.items) ?? [];
  const reversing = items.find((entry) => entry.id === reversingId) ?? null;

  const detail = (entry: LedgerEntry) => {
    if (entry.kind === 'cost') return [entry.category && t(`finance.category.${entry.category}`), entry.expenseType && t(`finance.expenseType.${entry.expenseType}`)].filter(Boolean).join(' · ');
    return entry.stream ?? '—';
  };

  return (
    <Section id="ledger" title={t('finance.ledger.title')} actions={<ExportButtons path={`/teams/${teamId}/finance/export`} query={{ ...exportQuery, table: 'ledger' }} what={t('finance.ledger.title')} />}>
      <Text size="sm" mb="sm">
        {t('finance.ledger.intro')}
      </Text>
      <Select<LedgerKind>
        label={t('finance.ledger.kind')}
        placeholder={t('common.all')}
        clearable
        data={LEDGER_KINDS.map((k) => ({ value: k, label: t(`finance.kind.${k}`) }))}
        value={kind}
        onChange={setKind}
        w={220}
        mb="sm"
      />
      {ledger.isPending ? (
        <Center py="xl">
          <Loader role="status" aria-label={t('common.loading')} />
        </Center>
      ) : ledger.isError ? (
        <ErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('finance.ledger.none')}</Text>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={960}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('finance.ledger.caption', { count: items.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.ledger.number')}</Table.Th>
                  <Table.Th>{t('finance.month')}</Table.Th>
                  <Table.Th>{t('finance.ledger.kind')}</Table.Th>
                  <Table.Th>{t('finance.ledger.detail')}</Table.Th>
                  <Table.Th ta="right">{t('finance.ledger.amount')}</Table.Th>
                  <Table.Th>{t('finance.ledger.reference')}</Table.Th>
                  <Table.Th>{t('finance.ledger.booked')}</Table.Th>
                  {canBook && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{entry.id}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{months.month(entry.month)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {t(`finance.kind.${entry.kind}`)}
                        {entry.reversesId !== null && (
                          <Badge size="sm" variant="outline" color="gray.8">
                            {t('finance.ledger.reversalOf', { id: entry.reversesId })}
                          </Badge>
                        )}
                        {entry.reversedById !== null && (
                          <Badge size="sm" variant="filled" color="gray.7">
                            {t('finance.ledger.reversedBy', { id: entry.reversedById })}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{detail(entry)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} c={entry.amountCents < 0 ? 'red.9' : undefined}>
                      {money.cents(entry.amountCents)}
                    </Table.Td>
                    <Table.Td>{entry.reference ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.createdBy}</Text>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(entry.createdAt)}
                      </Text>
                    </Table.Td>
                    {canBook && (
                      <Table.Td>
                        {reversible(entry) && (
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconArrowBackUp size={14} aria-hidden />}
                            aria-label={t('finance.reverse.actionFor', { id: entry.id })}
                            onClick={() => setReversingId(entry.id)}
                          >
                            {t('finance.reverse.action')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {ledger.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={ledger.isFetchingNextPage} onClick={() => void ledger.fetchNextPage()}>
                {t('finance.ledger.more')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <ReverseModal entry={reversing} currency={currency} onClose={() => setReversingId(null)} />
    </Section>
  );
}

function ReverseModal({ entry, currency, onClose }: { entry: LedgerEntry | null; currency: Currency; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={entry !== null} onClose={onClose} title={t('finance.reverse.title')}>
      {entry && <ReverseForm entry={entry} currency={currency} onDone={onClose} />}
    </AppModal>
  );
}

function ReverseForm({ entry, currency, onDone }: { entry: LedgerEntry; currency: Currency; onDone: () => void }) {
  const localize = useFinanceErrors();
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  const reverse = useReverse();
  const form = useForm({ reason: '' });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(ReverseLedgerEntry, form.values);
    if (input) reverse.mutate({ entryId: entry.id, reason: input.reason }, { onSuccess: onDone, onError: (error) => form.showServerError(localize(error)) });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('finance.reverse.intro', { id: entry.id, amount: money.cents(entry.amountCents), month: months.month(entry.month), negated: money.cents(-entry.amountCents) })}</Text>
        <FormError message={form.formError} />
        <Textarea
          label={t('finance.reverse.reason')}
          description={t('finance.reverse.reasonHint')}
          required
          autosize
          minRows={2}
          value={form.values.reason}
          onChange={(e) => form.setField('reason', e.currentTarget.value)}
          error={form.errors.reason}
          data-autofocus
        />
        <FormActions onCancel={onDone} saving={reverse.isPending} submitLabel={t('finance.reverse.submit')} />
      </Stack>
    </form>
  );
}
