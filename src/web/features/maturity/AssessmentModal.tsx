import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { AssessmentCreate, MATURITY_LEVELS, type Assessment, type MaturityModel, type Team } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { today } from '../../ui/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { RadioFieldset } from '../../ui/RadioFieldset.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useCreateAssessment, useMaturityModel } from './hooks.ts';

type RatingValues = { level: string | null; target: string | null; evidence: string };
type Values = { assessedOn: string; notes: string; ratings: Record<string, RatingValues> };

type Props = { team: Team; previous: Assessment | undefined; opened: boolean; onClose: () => void };

export function AssessmentModal({ team, previous, opened, onClose }: Props) {
  const { t } = useTranslation();
  const model = useMaturityModel();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('maturity.assess.title', { team: team.name })} size="xl">
      {opened && <QueryState query={model}>{(data) => <AssessmentForm team={team} model={data} previous={previous} onDone={onClose} />}</QueryState>}
    </AppModal>
  );
}

function AssessmentForm({ team, model, previous, onDone }: { team: Team; model: MaturityModel; previous: Assessment | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAssessment(team.id);
  // The last assessment is the starting point: most dimensions move one level at a time, if at all.
  const form = useForm<Values>({
    assessedOn: today(),
    notes: '',
    ratings: Object.fromEntries(
      model.dimensions.map((d) => {
        const last = previous?.ratings.find((r) => r.dimensionKey === d.key);
        return [d.key, { level: last ? String(last.level) : null, target: last ? String(last.targetLevel) : null, evidence: '' }];
      }),
    ),
  });
  const { values } = form;
  const setRating = (key: string, change: Partial<RatingValues>) => form.setField('ratings', { ...values.ratings, [key]: { ...values.ratings[key]!, ...change } });
  const levelOptions = MATURITY_LEVELS.map((level) => ({ value: String(level), label: t('maturity.levelN', { level }) }));
  const indexOf = new Map(model.dimensions.map((d, i) => [d.key, i]));
  const err = (key: string, field: string) => form.errors[`ratings.${indexOf.get(key)}.${field}`];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(AssessmentCreate, {
      modelVersion: model.version,
      assessedOn: values.assessedOn,
      notes: values.notes,
      ratings: model.dimensions.map((d) => {
        const r = values.ratings[d.key]!;
        return { dimensionKey: d.key, level: r.level ? Number(r.level) : undefined, targetLevel: r.target ? Number(r.target) : undefined, evidence: r.evidence };
      }),
    });
    if (input) create.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          type="date"
          label={t('maturity.assessedOn')}
          required
          value={values.assessedOn}
          onChange={(e) => form.setField('assessedOn', e.currentTarget.value)}
          error={form.errors.assessedOn}
          w={{ base: '100%', sm: 380 }}
          description={t('maturity.assess.modelVersion', { version: model.version })}
        />
        {model.dimensions.map((dimension) => {
          const rating = values.ratings[dimension.key]!;
          return (
            <Paper key={dimension.key} withBorder p="md" component="section" aria-labelledby={`assess-${dimension.key}`}>
              <Stack gap="sm">
                <Title order={3} size="h4" id={`assess-${dimension.key}`}>
                  {dimension.name}
                </Title>
                <RadioFieldset
                  legend={t('maturity.assess.levelOf', { name: dimension.name })}
                  description={dimension.description || undefined}
                  required
                  value={rating.level}
                  onChange={(level) => setRating(dimension.key, { level })}
                  options={dimension.levels.map((text, i) => ({ value: String(i + 1), label: t('maturity.levelN', { level: i + 1 }), description: text }))}
                  error={err(dimension.key, 'level')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={t('maturity.assess.targetOf', { name: dimension.name })}
                    required
                    data={levelOptions}
                    value={rating.target}
                    onChange={(target) => setRating(dimension.key, { target })}
                    error={err(dimension.key, 'targetLevel')}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('maturity.assess.evidenceOf', { name: dimension.name })}
                  description={t('maturity.assess.evidenceHint')}
                  autosize
                  minRows={2}
                  value={rating.evidence}
                  onChange={(e) => setRating(dimension.key, { evidence: e.currentTarget.value })}
                  error={err(dimension.key, 'evidence')}
                />
              </Stack>
            </Paper>
          );
        })}
        <Textarea
          label={t('maturity.notes')}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(e) => form.setField('notes', e.currentTarget.value)}
          error={form.errors.notes}
        />
        <FormActions onCancel={onDone} saving={create.isPending} submitLabel={t('maturity.assess.submit')} />
      </Stack>
    </form>
  );
}
