import { Button, Group, Stack, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { MilestoneCreate, MilestoneUpdate, type Initiative, type Milestone } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useAddMilestone, useUpdateMilestone } from './hooks.ts';

type Target = { initiative: Initiative; milestone?: Milestone };

/** Adds a milestone to an initiative, or changes the one given. */
export function MilestoneFormModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target?.milestone ? t('roadmap.milestone.editTitle') : t('roadmap.milestone.createTitle', { initiative: target?.initiative.title ?? '' })}
    >
      {target && (target.milestone ? <EditForm milestone={target.milestone} onDone={onClose} /> : <CreateForm initiative={target.initiative} onDone={onClose} />)}
    </AppModal>
  );
}

type Values = { title: string; dueOn: string };
type Form = ReturnType<typeof useForm<Values>>;

function Fields({ form, pending, submitLabel, onDone }: { form: Form; pending: boolean; submitLabel: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <FormError message={form.formError} />
      <TextInput
        label={t('roadmap.milestone.title')}
        required
        value={form.values.title}
        onChange={(e) => form.setField('title', e.currentTarget.value)}
        error={form.errors.title}
        maxLength={200}
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('roadmap.milestone.dueOn')}
        required
        value={form.values.dueOn}
        onChange={(e) => form.setField('dueOn', e.currentTarget.value)}
        error={form.errors.dueOn}
        w={220}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function CreateForm({ initiative, onDone }: { initiative: Initiative; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddMilestone(initiative.id);
  const form = useForm<Values>({ title: '', dueOn: initiative.endDate });
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(MilestoneCreate, form.values);
    if (input) add.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Fields form={form} pending={add.isPending} submitLabel={t('roadmap.milestone.createSubmit')} onDone={onDone} />
    </form>
  );
}

function EditForm({ milestone, onDone }: { milestone: Milestone; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateMilestone(milestone);
  const form = useForm<Values>({ title: milestone.title, dueOn: milestone.dueOn });
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const diff = Object.fromEntries(Object.entries(form.values).filter(([key, value]) => value !== milestone[key as keyof Values]));
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(MilestoneUpdate, diff);
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Fields form={form} pending={update.isPending} submitLabel={t('common.save')} onDone={onDone} />
    </form>
  );
}
