import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { UpdateGoalSettings, type GoalSettings } from '../../../contracts/index.ts';
import { FormError } from '../../ui/FormParts.tsx';
import { Section } from '../../ui/Section.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { useUpdateGoalSettings } from './hooks.ts';

/** The thresholds that turn a key result's gap between progress and elapsed time into a status; set by the portfolio office. */
export function GoalSettingsForm({ settings }: { settings: GoalSettings }) {
  const { t } = useTranslation();
  const localize = useGoalsErrors();
  const update = useUpdateGoalSettings(settings.version);
  const initial = { atRiskGapPercent: settings.atRiskGapPercent as number | string, offTrackGapPercent: settings.offTrackGapPercent as number | string };
  const form = useForm(initial, { offTrackGapPercent: t('goals.field.offTrackBelowAtRisk') });
  const { values } = form;
  const changed = String(values.atRiskGapPercent) !== String(initial.atRiskGapPercent) || String(values.offTrackGapPercent) !== String(initial.offTrackGapPercent);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const number = (v: number | string) => (typeof v === 'number' ? v : undefined);
    const input = form.validate(UpdateGoalSettings, { atRiskGapPercent: number(values.atRiskGapPercent), offTrackGapPercent: number(values.offTrackGapPercent) });
    if (!input) return;
    update.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', message: t('goals.settings.saved') });
        form.reset({ atRiskGapPercent: saved.atRiskGapPercent, offTrackGapPercent: saved.offTrackGapPercent });
      },
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  const atRisk = typeof values.atRiskGapPercent === 'number' ? values.atRiskGapPercent : settings.atRiskGapPercent;
  const offTrack = typeof values.offTrackGapPercent === 'number' ? values.offTrackGapPercent : settings.offTrackGapPercent;

  return (
    <Section id="goal-settings" title={t('goals.settings.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="goal-settings-heading">
        <Stack gap="sm">
          <Text size="sm">{t('goals.settings.intro')}</Text>
          <FormError message={form.formError} />
          <Group align="flex-start" gap="sm">
            <NumberInput
              label={t('goals.settings.atRisk')}
              description={t('goals.settings.atRiskHint')}
              allowDecimal={false}
              allowNegative={false}
              min={0}
              max={100}
              suffix={` ${t('goals.settings.points')}`}
              value={values.atRiskGapPercent}
              onChange={(v) => form.setField('atRiskGapPercent', v)}
              error={form.errors.atRiskGapPercent}
              w={260}
            />
            <NumberInput
              label={t('goals.settings.offTrack')}
              description={t('goals.settings.offTrackHint')}
              allowDecimal={false}
              allowNegative={false}
              min={0}
              max={100}
              suffix={` ${t('goals.settings.points')}`}
              value={values.offTrackGapPercent}
              onChange={(v) => form.setField('offTrackGapPercent', v)}
              error={form.errors.offTrackGapPercent}
              w={260}
            />
          </Group>
          <Text size="sm" c="dimmed">
            {t('goals.settings.example', { onTrack: Math.max(0, 50 - atRisk), atRisk: Math.max(0, 50 - offTrack) })}
          </Text>
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
