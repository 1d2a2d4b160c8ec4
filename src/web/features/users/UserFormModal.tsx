import { PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { ORG_ROLES, UserCreate, UserUpdate, type OrgRole, type User } from '../../../contracts/index.ts';
import { useForm } from '../../ui/useForm.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { useCreateUser, useUpdateUser } from './hooks.ts';
import { AppModal } from '../../ui/AppModal.tsx';

type Props = { opened: boolean; onClose: () => void; user?: User };

export function UserFormModal({ opened, onClose, user }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={user ? t('users.edit.title', { name: user.displayName }) : t('users.create.title')}>
      {opened && (user ? <EditUser user={user} onDone={onClose} /> : <CreateUser onDone={onClose} />)}
    </AppModal>
  );
}

function RoleSelect({ value, onChange, error }: { value: OrgRole | null; onChange: (role: OrgRole) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Select<OrgRole>
      label={t('users.role')}
      required
      allowDeselect={false}
      data={ORG_ROLES.map((role) => ({ value: role, label: t(`orgRole.${role}`) }))}
      value={value}
      onChange={(role) => role && onChange(role)}
      error={error}
    />
  );
}

function CreateUser({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useForm({ email: '', displayName: '', role: 'member' as OrgRole, personId: null as string | null, password: '' });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(UserCreate, form.values);
    if (input) create.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('users.email')}
          type="email"
          required
          value={form.values.email}
          onChange={(e) => form.setField('email', e.currentTarget.value)}
          error={form.errors.email}
          data-autofocus
        />
        <TextInput
          label={t('users.displayName')}
          required
          value={form.values.displayName}
          onChange={(e) => form.setField('displayName', e.currentTarget.value)}
          error={form.errors.displayName}
          maxLength={120}
        />
        <RoleSelect value={form.values.role} onChange={(role) => form.setField('role', role)} error={form.errors.role} />
        <PersonSelect
          label={t('users.person')}
          description={t('users.personHint')}
          value={form.values.personId}
          onChange={(id) => form.setField('personId', id)}
          error={form.errors.personId}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          label={t('users.password')}
          description={t('users.passwordHint')}
          required
          autoComplete="new-password"
          value={form.values.password}
          onChange={(e) => form.setField('password', e.currentTarget.value)}
          error={form.errors.password}
        />
        <FormActions onCancel={onDone} saving={create.isPending} />
      </Stack>
    </form>
  );
}

function EditUser({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user);
  const form = useForm({ displayName: user.displayName, role: user.role, personId: user.personId, disabled: user.disabled });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const diff = Object.fromEntries(Object.entries(form.values).filter(([key, value]) => value !== user[key as keyof typeof form.values]));
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(UserUpdate, diff);
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('users.displayName')}
          required
          value={form.values.displayName}
          onChange={(e) => form.setField('displayName', e.currentTarget.value)}
          error={form.errors.displayName}
          maxLength={120}
        />
        <RoleSelect value={form.values.role} onChange={(role) => form.setField('role', role)} error={form.errors.role} />
        <PersonSelect
          label={t('users.person')}
          description={t('users.personHint')}
          value={form.values.personId}
          onChange={(id) => form.setField('personId', id)}
          error={form.errors.personId}
        />
        <Switch
          label={t('users.disabled')}
          description={t('users.disabledHint')}
          checked={form.values.disabled}
          onChange={(e) => form.setField('disabled', e.currentTarget.checked)}
        />
        <FormActions onCancel={onDone} saving={update.isPending} />
      </Stack>
    </form>
  );
}
