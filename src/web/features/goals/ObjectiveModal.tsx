import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ObjectiveCreate, ObjectiveUpdate, type Objective } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FormActions, FormError } from '../../ui/FormParts.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useGoalsErrors } from './errors.ts';
import { useCreateObjective, useUpdateObjective } from './hooks.ts';
import { useQuarterName } from './QuarterPicker.tsx';

type OrgObjectiveRef = { id: string; title: string };

type Props = {
  /** The team the new objective is for; null for an organization-wide objective. */
  teamId: string | null;
  quarter: string;
  /** An objective to edit; a new one when left out. */
  objective?: Objective | null | undefined;
  /** The organization-wide objectives of the quarter a team objective may contribute to. */
  orgObjectives: readonly OrgObjectiveRef[];
  opened: boolean;
  onClose: () => void;
};

export function ObjectiveModal({ teamId, quarter, objective, orgObjectives, opened, onClose }: Props) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const organizationWide = (objective ? objective.teamId : teamId) === null;
  const title = objective ? t('goals.objective.editTitle') : organizationWide ? t('goals.objective.newOrgTitle', { quarter: quarterName(quarter) }) : t('goals.objective.newTitle', { quarter: quarterName(quarter) });
  return (
    <AppModal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && <ObjectiveForm teamId={teamId} quarter={quarter} objective={objective ?? null} orgObjectives={organizationWide ? null : orgObjectives} onDone={onClose} />}
    </AppModal>
  );
}

function ObjectiveForm({ teamId, quarter, objective, orgObjectives, onDone }: { teamId: string | null; quarter: string; objective: Objective | null; orgObjectives: readonly OrgObjectiveRef[] | null; onDone: () => void }) {
  const { t } = useTranslation();
  const localize = useGoalsErrors();
  const quarterName = useQuarterName();
  const create = useCreateObjective();
  const update = useUpdateObjective(objective ?? { id: '', version: 0 });
  const form = useForm({
    title: objective?.title ?? '',
    description: objective?.description ?? '',
    contributesTo: objective?.contributesTo?.id ?? (null as string | null),
  });
  const { values } = form;
  // An objective may still point at an organization objective of its quarter that the list no longer offers.
  const options = [...(orgObjectives ?? [])];
  if (objective?.contributesTo && !options.some((o) => o.id === objective.contributesTo?.id)) options.push(objective.contributesTo);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const contributesTo = orgObjectives === null ? null : values.contributesTo;
    const onSuccess = () => {
      notifications.show({ color: 'teal', message: objective ? t('goals.objective.saved') : t('goals.objective.created') });
      onDone();
    };
    const onError = (error: unknown) => form.showServerError(localize(error));
    if (objective) {
      const input = form.validate(ObjectiveUpdate, { title: values.title, description: values.description, ...(orgObjectives === null ? {} : { contributesTo }) });
      if (input) update.mutate(input, { onSuccess, onError });
    } else {
      const input = form.validate(ObjectiveCreate, { teamId, quarter, title: values.title, description: values.description, contributesTo });
      if (input) create.mutate(input, { onSuccess, onError });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError ?? form.errors.teamId ?? form.errors.quarter} />
        <TextInput
          label={t('goals.objective.title')}
          description={t('goals.objective.titleHint')}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => form.setField('title', e.currentTarget.value)}
          error={form.errors.title}
          data-autofocus
        />
        <Textarea
          label={t('goals.objective.description')}
          autosize
          minRows={2}
          maxLength={2000}
          value={values.description}
          onChange={(e) => form.setField('description', e.currentTarget.value)}
          error={form.errors.description}
        />
        {orgObjectives !== null && (
          <Select
            label={t('goals.objective.contributesTo')}
            description={options.length === 0 ? t('goals.objective.noOrgObjectives', { quarter: quarterName(quarter) }) : t('goals.objective.contributesToHint')}
            placeholder={t('goals.objective.contributesToNone')}
            clearable
            disabled={options.length === 0}
            data={options.map((o) => ({ value: o.id, label: o.title }))}
            value={values.contributesTo}
            onChange={(id) => form.setField('contributesTo', id)}
            error={form.errors.contributesTo}
          />
        )}
        <FormActions onCancel={onDone} saving={create.isPending || update.isPending} submitLabel={objective ? t('common.save') : t('goals.objective.create')} />
      </Stack>
    </form>
  );
}
