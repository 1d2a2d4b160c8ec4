import { Stack, TextInput } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { PersonCreate, PersonUpdate, type Discipline, type Person } from '../../../contracts/index.ts';
import { useForm } from '../../ui/useForm.ts';
import { DisciplineSelect } from './DisciplineSelect.tsx';
import { useCreatePerson, useUpdatePerson } from './hooks.ts';
import { AppModal } from '../../ui/AppModal.tsx';

type Values = { name: string; email: string; discipline: Discipline | null; jobTitle: string };

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Edit this person; without it the dialog creates a new one. */
  person?: Person;
  onSaved?: (person: Person) => void;
};

export function PersonFormModal({ opened, onClose, person, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={person ? t('person.edit.title') : t('person.create.title')}>
      {opened && (person ? <EditPerson person={person} onDone={onClose} /> : <CreatePerson onDone={onClose} onSaved={onSaved} />)}
    </AppModal>
  );
}

function CreatePerson({ onDone, onSaved }: { onDone: () => void; onSaved?: (person: Person) => void }) {
  const create = useCreatePerson();
  const form = useForm<Values>({ name: '', email: '', discipline: null, jobTitle: '' });
  return (
    <PersonForm
      form={form}
      pending={create.isPending}
      onCancel={onDone}
      onSubmit={() => {
        const input = form.validate(PersonCreate, form.values);
        if (!input) return;
        create.mutate(input, {
          onSuccess: (created) => {
            onDone();
            onSaved?.(created);
          },
          onError: form.showServerError,
        });
      }}
    />
  );
}

function EditPerson({ person, onDone }: { person: Person; onDone: () => void }) {
  const update = useUpdatePerson(person);
  const form = useForm<Values>({ name: person.name, email: person.email, discipline: person.discipline, jobTitle: person.jobTitle });
  return (
    <PersonForm
      form={form}
      pending={update.isPending}
      onCancel={onDone}
      onSubmit={() => {
        const { values } = form;
        const diff = Object.fromEntries(
          Object.entries(values).filter(([key, value]) => value !== person[key as keyof Values]),
        ) as Partial<Values>;
        if (Object.keys(diff).length === 0) return onDone();
        const input = form.validate(PersonUpdate, diff);
        if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
      }}
    />
  );
}

type FormProps = {
  form: ReturnType<typeof useForm<Values>>;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
};

function PersonForm({ form, pending, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('person.name')}
          required
          value={form.values.name}
          onChange={(e) => form.setField('name', e.currentTarget.value)}
          error={form.errors.name}
          maxLength={120}
          data-autofocus
        />
        <TextInput
          label={t('person.email')}
          type="email"
          required
          value={form.values.email}
          onChange={(e) => form.setField('email', e.currentTarget.value)}
          error={form.errors.email}
        />
        <DisciplineSelect
          label={t('person.discipline')}
          required
          searchable
          value={form.values.discipline}
          onChange={(discipline) => form.setField('discipline', discipline)}
          error={form.errors.discipline}
        />
        <TextInput
          label={t('person.jobTitle')}
          value={form.values.jobTitle}
          onChange={(e) => form.setField('jobTitle', e.currentTarget.value)}
          error={form.errors.jobTitle}
          maxLength={120}
        />
        <FormActions onCancel={onCancel} saving={pending} />
      </Stack>
    </form>
  );
}
