import { Button, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConsumptionEntry, type Service } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { currentMonth, useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { UnitPrice } from '../services/ServicesTable.tsx';
import { TeamSelect } from '../teams/TeamSelect.tsx';
import { useRecordConsumption } from './hooks.ts';

/** One quantity for team × month on a provided service; recording again replaces the month's quantity. */
export function ConsumptionForm({ service }: { service: Service }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const record = useRecordConsumption();
  const form = useForm({ teamId: null as string | null, month: currentMonth(), quantity: '' as number | string });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { teamId, month, quantity } = form.values;
    const input = form.validate(ConsumptionEntry, { teamId, serviceId: service.id, month, quantity: typeof quantity === 'number' ? quantity : undefined });
    if (!input) return;
    record.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'teal',
          message: t('consumption.recorded', {
            team: saved.teamName,
            month: money.month(saved.month),
            quantity: format.number(saved.quantity, 0),
            cost: money.cents(saved.costCents),
          }),
        });
        form.reset({ teamId, month, quantity: '' });
      },
      onError: form.showServerError,
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('consumption.record.title')}>
      {service.unitPriceCents !== null && (
        <Text size="sm" mb="xs">
          {t('service.unitPrice')}: <UnitPrice unit={service.unit} unitPriceCents={service.unitPriceCents} />
        </Text>
      )}
      <FormError message={form.formError} mb="sm" />
      <Group align="flex-start" gap="sm">
        <TeamSelect
          label={t('consumption.team')}
          required
          activeOnly
          value={form.values.teamId}
          onChange={(id) => form.setField('teamId', id)}
          error={form.errors.teamId}
          w={260}
        />
        <TextInput
          type="month"
          label={t('consumption.month')}
          placeholder={t('consumption.monthPlaceholder')}
          required
          value={form.values.month}
          onChange={(e) => form.setField('month', e.currentTarget.value)}
          error={form.errors.month}
          w={180}
        />
        <NumberInput
          label={t('consumption.quantity')}
          required
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={money.locale === 'de-DE' ? '.' : ','}
          decimalSeparator={money.locale === 'de-DE' ? ',' : '.'}
          value={form.values.quantity}
          onChange={(value) => form.setField('quantity', value)}
          error={form.errors.quantity}
          w={220}
        />
        <Button type="submit" mt={25} loading={record.isPending}>
          {t('consumption.record.submit')}
        </Button>
      </Group>
    </form>
  );
}
