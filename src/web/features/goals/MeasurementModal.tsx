import { Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RecordMeasurement, type Metric } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { parseMetricValue, useGoalsFormat } from './format.ts';
import { useRecordMeasurement } from './hooks.ts';
import { MetricValueInput } from './MetricValueInput.tsx';

type Props = {
  /** The metrics a value may be recorded for; the first one chosen unless `metricId` names another. */
  metrics: readonly Metric[];
  metricId?: string | null | undefined;
  opened: boolean;
  onClose: () => void;
};

/** The local time now as a datetime-local input shows it: YYYY-MM-DDTHH:mm. */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function MeasurementModal({ metrics, metricId, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('goals.measurement.title')}>
      {opened && <MeasurementForm metrics={metrics} initialMetricId={metricId ?? metrics[0]?.id ?? null} onDone={onClose} />}
    </AppModal>
  );
}

function MeasurementForm({ metrics, initialMetricId, onDone }: { metrics: readonly Metric[]; initialMetricId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  const localize = useGoalsErrors();
  const form = useForm({ metricId: initialMetricId, value: '', measuredAt: localNow() });
  const { values } = form;
  const metric = metrics.find((m) => m.id === values.metricId) ?? null;
  const record = useRecordMeasurement(metric?.id ?? '');

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!metric) return;
    const value = parseMetricValue(values.value, metric.unit, goals.language);
    const at = values.measuredAt ? new Date(values.measuredAt) : null;
    const input = form.validate(RecordMeasurement, {
      value: value ?? undefined,
      measuredAt: at && !Number.isNaN(at.getTime()) ? at.toISOString() : undefined,
    });
    if (!input) return;
    record.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('goals.measurement.recorded', { metric: goals.name(metric.name), value: goals.value(input.value, metric.unit) }) });
        onDone();
      },
      onError: (error) => form.showServerError(localize(error)),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError ?? form.errors.metricId} />
        <Select
          label={t('goals.measurement.metric')}
          required
          allowDeselect={false}
          searchable
          data={metrics.map((m) => ({ value: m.id, label: goals.name(m.name) }))}
          value={values.metricId}
          onChange={(id) => form.setField('metricId', id)}
        />
        {metric && (
          <Text size="sm" c="dimmed">
            {metric.lastMeasuredAt ? t('goals.measurement.lastMeasured', { value: goals.value(metric.lastValue, metric.unit), at: goals.at(metric.lastMeasuredAt) }) : t('goals.metric.neverMeasured')}
          </Text>
        )}
        <MetricValueInput label={t('goals.measurement.value')} required unit={metric?.unit ?? null} value={values.value} onChange={(text) => form.setField('value', text)} error={form.errors.value} data-autofocus />
        <TextInput
          type="datetime-local"
          label={t('goals.measurement.measuredAt')}
          description={t('goals.measurement.measuredAtHint')}
          required
          max={localNow()}
          value={values.measuredAt}
          onChange={(e) => form.setField('measuredAt', e.currentTarget.value)}
          error={form.errors.measuredAt}
        />
        <FormActions onCancel={onDone} saving={record.isPending} submitLabel={t('goals.measurement.submit')} />
      </Stack>
    </form>
  );
}
