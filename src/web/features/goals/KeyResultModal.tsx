import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyResultCreate, KeyResultUpdate, quarterBounds, type KeyResult, type Metric, type MetricRef } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { useFormat } from '../../ui/format.ts';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { inputValue, parseMetricValue, useGoalsFormat } from './format.ts';
import { useCreateKeyResult, useMetrics, useUpdateKeyResult } from './hooks.ts';
import { MetricValueInput } from './MetricValueInput.tsx';

type Props = {
  objective: { id: string; title: string; quarter: string; teamId: string | null };
  /** A key result to edit; a new one when left out. */
  keyResult?: KeyResult | null | undefined;
  opened: boolean;
  onClose: () => void;
};

export function KeyResultModal({ objective, keyResult, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={keyResult ? t('goals.kr.editTitle') : t('goals.kr.newTitle', { objective: objective.title })} size="lg">
      {opened && <KeyResultForm objective={objective} keyResult={keyResult ?? null} onDone={onClose} />}
    </AppModal>
  );
}

type MetricChoice = Pick<Metric, 'id' | 'name' | 'unit' | 'direction'> & { lastValue?: number | null; ownerTeamName?: string };

function KeyResultForm({ objective, keyResult, onDone }: { objective: Props['objective']; keyResult: KeyResult | null; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const dates = useFormat();
  const localize = useGoalsErrors();
  const create = useCreateKeyResult(objective.id);
  const update = useUpdateKeyResult(keyResult ?? { id: '', version: 0 });
  const bounds = quarterBounds(objective.quarter);
  const form = useForm({
    metricId: keyResult?.metric.id ?? (null as string | null),
    title: keyResult?.title ?? '',
    baseline: keyResult ? inputValue(keyResult.baseline, keyResult.metric.unit, format.locale) : '',
    target: keyResult ? inputValue(keyResult.target, keyResult.metric.unit, format.locale) : '',
    periodStart: keyResult?.periodStart ?? bounds.start,
    periodEnd: keyResult?.periodEnd ?? bounds.end,
  });
  const { values } = form;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const metrics = useMetrics({ q: q.trim() || undefined }, keyResult === null);
  const [picked, setPicked] = useState<MetricChoice | null>(null);

  const available = useMemo(() => metrics.data?.pages.flatMap((p) => p.items) ?? [], [metrics.data]);
  const metric: MetricChoice | MetricRef | null = keyResult?.metric ?? available.find((m) => m.id === values.metricId) ?? picked;
  const unit = metric?.unit ?? null;

  // The objective's team first, then the others the viewer may see, grouped by their team.
  const groups = useMemo(() => {
    const byTeam = new Map<string, { group: string; items: { value: string; label: string }[]; own: boolean }>();
    for (const m of available) {
      const entry = byTeam.get(m.ownerTeam.id) ?? { group: m.ownerTeam.name, items: [], own: m.ownerTeam.id === objective.teamId };
      entry.items.push({ value: m.id, label: `${format.name(m.name)} (${format.unitLabel(m.unit)})` });
      byTeam.set(m.ownerTeam.id, entry);
    }
    const list = [...byTeam.values()];
    list.sort((a, b) => Number(b.own) - Number(a.own) || a.group.localeCompare(b.group, format.locale));
    // Keep the picked metric selectable while a search narrows the list to others.
    if (picked && !available.some((m) => m.id === picked.id)) list.unshift({ group: picked.ownerTeamName ?? '', items: [{ value: picked.id, label: `${format.name(picked.name)} (${format.unitLabel(picked.unit)})` }], own: true });
    return list.map(({ group, items }) => ({ group, items }));
  }, [available, objective.teamId, picked, format]);

  function pickMetric(id: string | null) {
    form.setField('metricId', id);
    const chosen = available.find((m) => m.id === id) ?? null;
    setPicked(chosen && { id: chosen.id, name: chosen.name, unit: chosen.unit, direction: chosen.direction, lastValue: chosen.lastValue, ownerTeamName: chosen.ownerTeam.name });
    // Where the metric stands now is the usual baseline.
    if (chosen && values.baseline.trim() === '' && chosen.lastValue !== null) form.setField('baseline', inputValue(chosen.lastValue, chosen.unit, format.locale));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const number = (text: string) => (unit ? (parseMetricValue(text, unit, format.language) ?? undefined) : undefined);
    const fields = { title: values.title, baseline: number(values.baseline), target: number(values.target), periodStart: values.periodStart || undefined, periodEnd: values.periodEnd || undefined };
    const onSuccess = () => {
      notifications.show({ color: 'teal', message: keyResult ? t('goals.kr.saved') : t('goals.kr.created') });
      onDone();
    };
    const onError = (error: unknown) => form.showServerError(localize(error));
    if (keyResult) {
      const input = form.validate(KeyResultUpdate, fields);
      if (input) update.mutate(input, { onSuccess, onError });
    } else {
      const input = form.validate(KeyResultCreate, { metricId: values.metricId ?? undefined, ...fields });
      if (input) create.mutate(input, { onSuccess, onError });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        {keyResult ? (
          <TextInput label={t('goals.kr.metric')} description={t('goals.kr.metricFixed')} value={`${format.name(keyResult.metric.name)} (${format.unitLabel(keyResult.metric.unit)})`} readOnly />
        ) : (
          <Select
            label={t('goals.kr.metric')}
            description={t('goals.kr.metricHint')}
            required
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={metrics.isPending ? t('common.loading') : t('goals.kr.noMetrics')}
            data={groups}
            value={values.metricId}
            onChange={pickMetric}
            error={form.errors.metricId}
            data-autofocus
          />
        )}
        {metric && (
          <Text size="sm" c="dimmed">
            {t(`goals.direction.${metric.direction}`)}
            {picked?.lastValue !== undefined && picked.lastValue !== null && ` · ${t('goals.kr.lastValue', { value: format.value(picked.lastValue, metric.unit) })}`}
          </Text>
        )}
        <TextInput
          label={t('goals.kr.title')}
          description={t('goals.kr.titleHint')}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => form.setField('title', e.currentTarget.value)}
          error={form.errors.title}
        />
        <Group grow align="flex-start">
          <MetricValueInput label={t('goals.kr.baseline')} description={t('goals.kr.baselineHint')} required unit={unit} value={values.baseline} onChange={(text) => form.setField('baseline', text)} error={form.errors.baseline} />
          <MetricValueInput label={t('goals.kr.target')} description={t('goals.kr.targetHint')} required unit={unit} value={values.target} onChange={(text) => form.setField('target', text)} error={form.errors.target} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('goals.kr.periodHint', { from: dates.date(bounds.start), to: dates.date(bounds.end) })}
        </Text>
        <Group grow align="flex-start">
          <TextInput type="date" label={t('goals.kr.periodStart')} required min={bounds.start} max={bounds.end} value={values.periodStart} onChange={(e) => form.setField('periodStart', e.currentTarget.value)} error={form.errors.periodStart} />
          <TextInput type="date" label={t('goals.kr.periodEnd')} required min={bounds.start} max={bounds.end} value={values.periodEnd} onChange={(e) => form.setField('periodEnd', e.currentTarget.value)} error={form.errors.periodEnd} />
        </Group>
        <FormActions onCancel={onDone} saving={create.isPending || update.isPending} submitLabel={keyResult ? t('common.save') : t('goals.kr.create')} />
      </Stack>
    </form>
  );
}
