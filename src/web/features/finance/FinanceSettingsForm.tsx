import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, UpdateFinanceSettings, type Currency, type FinanceSettings } from '../../../contracts/index.ts';
import { FormError } from '../../ui/FormParts.tsx';
import { Section } from '../../ui/Section.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useFinanceErrors } from './errors.ts';
import { useUpdateFinanceSettings } from './hooks.ts';

/** The fiscal calendar and the currency, set by the portfolio office. */
export function FinanceSettingsForm({ settings }: { settings: FinanceSettings }) {
  const localize = useFinanceErrors();
  const { t, i18n } = useTranslation();
  const update = useUpdateFinanceSettings(settings.version);
  const initial = { fiscalYearStartMonth: String(settings.fiscalYearStartMonth), currency: settings.currency as Currency, firstFiscalYear: settings.firstFiscalYear as number | string };
  const form = useForm(initial);
  const { values } = form;
  const monthName = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE', { month: 'long', timeZone: 'UTC' });
  const changed =
    values.fiscalYearStartMonth !== initial.fiscalYearStartMonth || values.currency !== initial.currency || String(values.firstFiscalYear) !== String(initial.firstFiscalYear);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(UpdateFinanceSettings, {
      fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
      currency: values.currency,
      firstFiscalYear: typeof values.firstFiscalYear === 'number' ? values.firstFiscalYear : undefined,
    });
    if (!input) return;
    update.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('finance.settings.saved') });
        form.reset({ fiscalYearStartMonth: String(saved.fiscalYearStartMonth), currency: saved.currency, firstFiscalYear: saved.firstFiscalYear });
      },
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  return (
    <Section id="finance-settings" title={t('finance.settings.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="finance-settings-heading">
        <Stack gap="sm">
          <Text size="sm">{t('finance.settings.intro')}</Text>
          <FormError message={form.formError} />
          <Group align="flex-start" gap="sm">
            <Select
              label={t('finance.settings.startMonth')}
              allowDeselect={false}
              data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName.format(new Date(Date.UTC(2026, i, 1))) }))}
              value={values.fiscalYearStartMonth}
              onChange={(month) => month && form.setField('fiscalYearStartMonth', month)}
              error={form.errors.fiscalYearStartMonth}
              w={200}
            />
            <Select<Currency>
              label={t('finance.settings.currency')}
              allowDeselect={false}
              data={CURRENCIES.map((c) => ({ value: c, label: c }))}
              value={values.currency}
              onChange={(currency) => currency && form.setField('currency', currency)}
              error={form.errors.currency}
              w={140}
            />
            <NumberInput
              label={t('finance.settings.firstFiscalYear')}
              description={t('finance.settings.firstFiscalYearHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              min={2000}
              max={2100}
              value={values.firstFiscalYear}
              onChange={(year) => form.setField('firstFiscalYear', year)}
              error={form.errors.firstFiscalYear}
              w={260}
            />
          </Group>
          {changed && <Text size="sm" c="orange.9">{t('finance.settings.warning')}</Text>}
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!changed}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
