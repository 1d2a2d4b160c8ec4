import { Checkbox, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  METRIC_AGGREGATIONS,
  METRIC_DIRECTIONS,
  METRIC_SOURCES,
  METRIC_UNITS,
  MetricCreate,
  MetricUpdate,
  type Metric,
  type MetricAggregation,
  type MetricSource,
  type MetricUnit,
} from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { RadioFieldset } from '../../ui/RadioFieldset.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { inputValue, parseMetricValue, useGoalsFormat } from './format.ts';
import { useCreateMetric, useUpdateMetric } from './hooks.ts';
import { MetricValueInput } from './MetricValueInput.tsx';

type Props = {
  teamId: string;
  teamName: string;
  /** A metric to edit; a new one when left out. */
  metric?: Metric | null | undefined;
  opened: boolean;
  onClose: () => void;
};

export function MetricModal({ teamId, teamName, metric, opened, onClose }: Props) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  return (
    <AppModal opened={opened} onClose={onClose} title={metric ? t('goals.metric.editTitle', { metric: format.name(metric.name) }) : t('goals.metric.newTitle', { team: teamName })} size="lg">
      {opened && <MetricForm teamId={teamId} metric={metric ?? null} onDone={onClose} />}
    </AppModal>
  );
}

function MetricForm({ teamId, metric, onDone }: { teamId: string; metric: Metric | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const localize = useGoalsErrors();
  const create = useCreateMetric();
  const update = useUpdateMetric(metric ?? { id: '', version: 0 });
  // Field names as the API names them, so its problems land at their field.
  const form = useForm({
    'name.de': metric?.name.de ?? '',
    'name.en': metric?.name.en ?? '',
    key: metric?.key ?? '',
    unit: metric?.unit ?? ('count' as MetricUnit),
    direction: metric?.direction ?? 'higher_is_better',
    aggregation: metric?.aggregation ?? ('last' as MetricAggregation),
    customerValue: metric?.customerValue ?? false,
    source: metric?.source ?? ('manual' as MetricSource),
    expectedIntervalDays: (metric?.expectedIntervalDays ?? 7) as number | string,
    minValue: metric ? inputValue(metric.minValue, metric.unit, format.locale) : '',
    maxValue: metric ? inputValue(metric.maxValue, metric.unit, format.locale) : '',
  }, { maxValue: t('goals.field.belowMin') });
  const { values } = form;
  const fixed = metric !== null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const bound = (text: string) => {
      const value = parseMetricValue(text, values.unit, format.language);
      return value === undefined ? Number.NaN : value;
    };
    const common = {
      name: { de: values['name.de'], en: values['name.en'] },
      customerValue: values.customerValue,
      source: values.source,
      expectedIntervalDays: typeof values.expectedIntervalDays === 'number' ? values.expectedIntervalDays : undefined,
      minValue: bound(values.minValue),
      maxValue: bound(values.maxValue),
    };
    const onSuccess = (saved: Metric) => {
      notifications.show({ color: 'teal', message: metric ? t('goals.metric.saved', { metric: format.name(saved.name) }) : t('goals.metric.created', { metric: format.name(saved.name) }) });
      onDone();
    };
    const onError = (error: unknown) => form.showServerError(localize(error));
    if (metric) {
      const input = form.validate(MetricUpdate, common);
      if (input) update.mutate(input, { onSuccess, onError });
    } else {
      const input = form.validate(MetricCreate, { ...common, key: values.key, unit: values.unit, direction: values.direction, aggregation: values.aggregation, ownerTeamId: teamId });
      if (input) create.mutate(input, { onSuccess, onError });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError ?? form.errors.ownerTeamId} />
        <Group grow align="flex-start">
          <TextInput label={t('goals.metric.nameDe')} required maxLength={120} value={values['name.de']} onChange={(e) => form.setField('name.de', e.currentTarget.value)} error={form.errors['name.de']} data-autofocus />
          <TextInput label={t('goals.metric.nameEn')} required maxLength={120} value={values['name.en']} onChange={(e) => form.setField('name.en', e.currentTarget.value)} error={form.errors['name.en']} />
        </Group>
        <TextInput
          label={t('goals.metric.key')}
          description={fixed ? t('goals.metric.fixedHint') : t('goals.metric.keyHint')}
          required
          readOnly={fixed}
          maxLength={80}
          value={values.key}
          onChange={(e) => form.setField('key', e.currentTarget.value)}
          error={form.errors.key}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group grow align="flex-start">
          <Select<MetricUnit>
            label={t('goals.metric.unit')}
            required
            allowDeselect={false}
            disabled={fixed}
            data={METRIC_UNITS.map((u) => ({ value: u, label: t(`goals.unit.name.${u}`) }))}
            value={values.unit}
            onChange={(unit) => unit && form.setField('unit', unit)}
            error={form.errors.unit}
          />
          <Select<MetricAggregation>
            label={t('goals.metric.aggregation')}
            description={t('goals.metric.aggregationHint')}
            required
            allowDeselect={false}
            disabled={fixed}
            data={METRIC_AGGREGATIONS.map((a) => ({ value: a, label: t(`goals.aggregation.${a}`) }))}
            value={values.aggregation}
            onChange={(aggregation) => aggregation && form.setField('aggregation', aggregation)}
            error={form.errors.aggregation}
          />
        </Group>
        {fixed ? (
          <Text size="sm">
            {t('goals.metric.direction')}: {t(`goals.direction.${values.direction}`)}
          </Text>
        ) : (
          <RadioFieldset
            legend={t('goals.metric.direction')}
            horizontal
            required
            value={values.direction}
            onChange={(direction) => form.setField('direction', direction as (typeof METRIC_DIRECTIONS)[number])}
            error={form.errors.direction}
            options={METRIC_DIRECTIONS.map((d) => ({ value: d, label: t(`goals.direction.${d}`) }))}
          />
        )}
        <Group grow align="flex-start">
          <Select<MetricSource>
            label={t('goals.metric.source')}
            allowDeselect={false}
            data={METRIC_SOURCES.map((s) => ({ value: s, label: t(`goals.source.${s}`) }))}
            value={values.source}
            onChange={(source) => source && form.setField('source', source)}
            error={form.errors.source}
          />
          <NumberInput
            label={t('goals.metric.expectedInterval')}
            description={t('goals.metric.expectedIntervalHint')}
            allowDecimal={false}
            allowNegative={false}
            min={1}
            max={366}
            suffix={` ${t('goals.metric.days')}`}
            value={values.expectedIntervalDays}
            onChange={(days) => form.setField('expectedIntervalDays', days)}
            error={form.errors.expectedIntervalDays}
          />
        </Group>
        <Group grow align="flex-start">
          <MetricValueInput label={t('goals.metric.minValue')} description={t('goals.metric.boundsHint')} unit={values.unit} value={values.minValue} onChange={(text) => form.setField('minValue', text)} error={form.errors.minValue} />
          <MetricValueInput label={t('goals.metric.maxValue')} unit={values.unit} value={values.maxValue} onChange={(text) => form.setField('maxValue', text)} error={form.errors.maxValue} />
        </Group>
        <Checkbox
          label={t('goals.metric.customerValue')}
          description={t('goals.metric.customerValueHint')}
          checked={values.customerValue}
          onChange={(e) => form.setField('customerValue', e.currentTarget.checked)}
          error={form.errors.customerValue}
        />
        <FormActions onCancel={onDone} saving={create.isPending || update.isPending} submitLabel={metric ? t('common.save') : t('goals.metric.create')} />
      </Stack>
    </form>
  );
}
