import { Button, Group, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryFields } from './CategoryFields.tsx';
import { CreateReallocation, type CostCategory, type Currency, type ExpenseType } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { useFormat } from '../../ui/format.ts';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { currentMonth, parseMoney, useMoney } from '../../ui/money.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { Section } from '../../ui/Section.tsx';
import { useForm } from '../../ui/useForm.ts';
import { TeamSelect } from '../teams/TeamSelect.tsx';
import { useFinanceErrors } from './errors.ts';
import { fiscalYearLabel, monthsOfFiscalYear, useFinanceFormat } from './format.ts';
import { useCreateReallocation, useReallocations } from './hooks.ts';

type Props = { fiscalYear: number; startMonth: number; currency: Currency; canManage: boolean };

/** Budget moved between teams during the year: who gave, who got, how much and why. */
export function ReallocationsSection({ fiscalYear, startMonth, currency, canManage }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  const format = useFormat();
  const reallocations = useReallocations(fiscalYear);
  const [creating, setCreating] = useState(false);

  return (
    <Section
      id="reallocations"
      title={t('finance.reallocation.title', { year: fiscalYearLabel(fiscalYear, startMonth) })}
      actions={
        canManage && (
          <Button leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('finance.reallocation.action')}
          </Button>
        )
      }
    >
      <QueryState query={reallocations}>
        {(items) =>
          items.length === 0 ? (
            <Text>{t('finance.reallocation.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={960}>
              <Table striped verticalSpacing="xs">
                <Table.Caption>{t('finance.reallocation.caption', { count: items.length })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('finance.month')}</Table.Th>
                    <Table.Th>{t('finance.reallocation.from')}</Table.Th>
                    <Table.Th>{t('finance.reallocation.to')}</Table.Th>
                    <Table.Th>{t('finance.categories.category')}</Table.Th>
                    <Table.Th ta="right">{t('finance.reallocation.amount')}</Table.Th>
                    <Table.Th>{t('finance.reallocation.reason')}</Table.Th>
                    <Table.Th>{t('finance.ledger.booked')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{months.month(r.month)}</Table.Td>
                      <Table.Td>
                        <AnchorLink to="/teams/$teamId/finance" params={{ teamId: r.fromTeamId }} search={{ fiscalYear: r.fiscalYear }} size="sm">
                          {r.fromTeamName}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>
                        <AnchorLink to="/teams/$teamId/finance" params={{ teamId: r.toTeamId }} search={{ fiscalYear: r.fiscalYear }} size="sm">
                          {r.toTeamName}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>
                        {t(`finance.category.${r.category}`)} · {t(`finance.expenseType.${r.expenseType}`)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {money.cents(r.amountCents)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.reason}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.createdBy}</Text>
                        <Text size="xs" c="dimmed">
                          {format.dateTime(r.createdAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <AppModal opened={creating} onClose={() => setCreating(false)} title={t('finance.reallocation.formTitle')} size="lg">
        {creating && <ReallocationForm fiscalYear={fiscalYear} startMonth={startMonth} currency={currency} onDone={() => setCreating(false)} />}
      </AppModal>
    </Section>
  );
}

function ReallocationForm({ fiscalYear, startMonth, currency, onDone }: { fiscalYear: number; startMonth: number; currency: Currency; onDone: () => void }) {
  const localize = useFinanceErrors();
  const { t, i18n } = useTranslation();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  const create = useCreateReallocation();
  const fyMonths = monthsOfFiscalYear(fiscalYear, startMonth);
  const now = currentMonth();
  const form = useForm({
    fromTeamId: null as string | null,
    toTeamId: null as string | null,
    category: null as CostCategory | null,
    expenseType: 'opex' as ExpenseType,
    month: fyMonths.includes(now) ? now : fyMonths[0]!,
    amount: '',
    reason: '',
  });
  const { values } = form;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(CreateReallocation, {
      fiscalYear,
      fromTeamId: values.fromTeamId ?? undefined,
      toTeamId: values.toTeamId ?? undefined,
      category: values.category ?? undefined,
      expenseType: values.expenseType,
      month: values.month,
      amountCents: parseMoney(values.amount, i18n.resolvedLanguage ?? 'de') ?? undefined,
      reason: values.reason,
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (r) => {
        notifications.show({ color: 'teal', message: t('finance.reallocation.done', { amount: money.cents(r.amountCents), from: r.fromTeamName, to: r.toTeamName }) });
        onDone();
      },
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('finance.reallocation.intro')}</Text>
        <FormError message={form.formError} />
        <Group grow align="flex-start">
          <TeamSelect label={t('finance.reallocation.from')} required activeOnly value={values.fromTeamId} onChange={(id) => form.setField('fromTeamId', id)} error={form.errors.fromTeamId} />
          <TeamSelect label={t('finance.reallocation.to')} required activeOnly value={values.toTeamId} onChange={(id) => form.setField('toTeamId', id)} error={form.errors.toTeamId} />
        </Group>
        <CategoryFields
          category={values.category}
          expenseType={values.expenseType}
          onCategory={(category) => form.setField('category', category)}
          onExpenseType={(expenseType) => form.setField('expenseType', expenseType)}
          errors={form.errors}
        />
        <Group grow align="flex-start">
          <Select
            label={t('finance.reallocation.month')}
            description={t('finance.reallocation.monthHint')}
            required
            allowDeselect={false}
            data={fyMonths.map((m) => ({ value: m, label: months.month(m) }))}
            value={values.month}
            onChange={(month) => month && form.setField('month', month)}
            error={form.errors.month}
          />
          <MoneyInput
            label={t('finance.reallocation.amount')}
            required
            rightSection={<span aria-hidden>{money.symbol}</span>}
            value={values.amount}
            onChange={(text) => form.setField('amount', text)}
            error={form.errors.amountCents}
          />
        </Group>
        <Textarea
          label={t('finance.reallocation.reason')}
          required
          autosize
          minRows={2}
          value={values.reason}
          onChange={(e) => form.setField('reason', e.currentTarget.value)}
          error={form.errors.reason}
        />
        <FormActions onCancel={onDone} saving={create.isPending} submitLabel={t('finance.reallocation.submit')} />
      </Stack>
    </form>
  );
}
