import { Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CategoryFields } from './CategoryFields.tsx';
import { LedgerBooking, type CostCategory, type Currency, type ExpenseType, type LedgerKind, type TeamKind } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { currentMonth, parseMoney, useMoney } from '../../ui/money.ts';
import { RadioFieldset } from '../../ui/RadioFieldset.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useFinanceErrors } from './errors.ts';
import { useFinanceFormat } from './format.ts';
import { useBook } from './hooks.ts';

type Props = {
  teamId: string;
  teamName: string;
  /** A platform team has no revenue of its own: its cost is charged out to the teams that consume its services. */
  teamKind: TeamKind;
  currency: Currency;
  opened: boolean;
  onClose: () => void;
};

/** Book actual cost (by category, opex or capex) or revenue (by stream) for one month of the team. */
export function BookingModal({ teamId, teamName, teamKind, currency, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('finance.booking.title', { team: teamName })} size="lg">
      {opened && <BookingForm teamId={teamId} costOnly={teamKind === 'platform'} currency={currency} onDone={onClose} />}
    </AppModal>
  );
}

function BookingForm({ teamId, costOnly, currency, onDone }: { teamId: string; costOnly: boolean; currency: Currency; onDone: () => void }) {
  const localize = useFinanceErrors();
  const { t, i18n } = useTranslation();
  const money = useFinanceFormat(currency);
  const months = useMoney();
  const book = useBook();
  const form = useForm({
    kind: 'cost' as Extract<LedgerKind, 'cost' | 'revenue'>,
    month: currentMonth(),
    category: null as CostCategory | null,
    expenseType: 'opex' as ExpenseType,
    stream: '',
    amount: '',
    reference: '',
  });
  const { values } = form;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const amountCents = parseMoney(values.amount, i18n.resolvedLanguage ?? 'de') ?? undefined;
    const reference = values.reference.trim() || undefined;
    const input = form.validate(
      LedgerBooking,
      values.kind === 'cost'
        ? { kind: 'cost', teamId, month: values.month, category: values.category ?? undefined, expenseType: values.expenseType, amountCents, reference }
        : { kind: 'revenue', teamId, month: values.month, stream: values.stream, amountCents, reference },
    );
    if (!input) return;
    book.mutate(input, {
      onSuccess: (entry) => {
        notifications.show({
          color: 'teal',
          message: t(entry.kind === 'revenue' ? 'finance.booking.bookedRevenue' : 'finance.booking.bookedCost', {
            amount: money.cents(entry.amountCents),
            month: months.month(entry.month),
          }),
        });
        onDone();
      },
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        {costOnly ? (
          <Text size="sm">{t('finance.booking.costOnly')}</Text>
        ) : (
          <RadioFieldset
            legend={t('finance.booking.kind')}
            horizontal
            required
            value={values.kind}
            onChange={(kind) => form.setField('kind', kind as 'cost' | 'revenue')}
            options={[
              { value: 'cost', label: t('finance.kind.cost') },
              { value: 'revenue', label: t('finance.kind.revenue') },
            ]}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            type="month"
            label={t('finance.month')}
            placeholder={t('finance.monthPlaceholder')}
            required
            max={currentMonth()}
            value={values.month}
            onChange={(e) => form.setField('month', e.currentTarget.value)}
            error={form.errors.month}
          />
          <MoneyInput
            label={t('finance.booking.amount')}
            description={t('finance.booking.amountHint')}
            required
            rightSection={<span aria-hidden>{money.symbol}</span>}
            value={values.amount}
            onChange={(text) => form.setField('amount', text)}
            error={form.errors.amountCents}
          />
        </Group>
        {values.kind === 'cost' ? (
          <CategoryFields
            category={values.category}
            expenseType={values.expenseType}
            onCategory={(category) => form.setField('category', category)}
            onExpenseType={(expenseType) => form.setField('expenseType', expenseType)}
            errors={form.errors}
          />
        ) : (
          <TextInput
            label={t('finance.booking.stream')}
            description={t('finance.booking.streamHint')}
            required
            value={values.stream}
            onChange={(e) => form.setField('stream', e.currentTarget.value)}
            error={form.errors.stream}
          />
        )}
        <TextInput
          label={t('finance.booking.reference')}
          description={t('finance.booking.referenceHint')}
          value={values.reference}
          onChange={(e) => form.setField('reference', e.currentTarget.value)}
          error={form.errors.reference}
        />
        <Text size="sm" c="dimmed">
          {t('finance.booking.appendOnly')}
        </Text>
        <FormActions onCancel={onDone} saving={book.isPending} submitLabel={t('finance.booking.submit')} />
      </Stack>
    </form>
  );
}
