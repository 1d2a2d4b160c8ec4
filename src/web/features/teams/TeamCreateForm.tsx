import { Button, Group } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { TeamCreate, type Team } from '../../../contracts/index.ts';
import { useForm } from '../../ui/useForm.ts';
import { useCreateTeam } from './hooks.ts';
import { emptyTeam, TeamFields } from './TeamFields.tsx';

export function TeamCreateForm({ onCreated, onCancel }: { onCreated: (team: Team) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm(emptyTeam);
  const create = useCreateTeam();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(TeamCreate, form.values);
    if (input) create.mutate(input, { onSuccess: onCreated, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormError message={form.formError} mb="md" />
      <TeamFields values={form.values} errors={form.errors} setField={form.setField} />
      <Group mt="lg">
        <Button type="submit" loading={create.isPending}>
          {t('team.create.submit')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </form>
  );
}
