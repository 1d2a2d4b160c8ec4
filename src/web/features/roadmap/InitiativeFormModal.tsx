import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES, InitiativeCreate, InitiativeUpdate, type Initiative } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { today } from '../../ui/format.ts';
import { useForm } from '../../ui/useForm.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { TeamsMultiSelect } from '../teams/TeamsMultiSelect.tsx';
import { useSaveInitiative } from './hooks.ts';

type Status = Initiative['status'];
type Values = { title: string; description: string; ownerId: string | null; teamIds: string[]; status: Status; startDate: string; endDate: string };

export function InitiativeFormModal({ initiative, opened, onClose }: { initiative?: Initiative; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={initiative ? t('roadmap.initiative.editTitle') : t('roadmap.initiative.createTitle')} size="lg">
      {opened && <InitiativeForm initiative={initiative} onDone={onClose} />}
    </AppModal>
  );
}

function InitiativeForm({ initiative, onDone }: { initiative?: Initiative; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveInitiative(initiative);
  const initial: Values = initiative
    ? {
        title: initiative.title,
        description: initiative.description,
        ownerId: initiative.owner?.id ?? null,
        teamIds: initiative.teams.map((team) => team.id),
        status: initiative.status,
        startDate: initiative.startDate,
        endDate: initiative.endDate,
      }
    : { title: '', description: '', ownerId: null, teamIds: [], status: 'planned', startDate: today(), endDate: '' };
  const form = useForm<Values>(initial);
  const { values } = form;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!initiative) {
      const input = form.validate(InitiativeCreate, values);
      if (input) save.mutate(input, { onSuccess: onDone, onError: form.showServerError });
      return;
    }
    const diff = Object.fromEntries(Object.entries(values).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(initial[key as keyof Values])));
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(InitiativeUpdate, diff);
    if (input) save.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('roadmap.initiative.title')}
          required
          value={values.title}
          onChange={(e) => form.setField('title', e.currentTarget.value)}
          error={form.errors.title}
          maxLength={200}
          data-autofocus
        />
        <Textarea
          label={t('roadmap.initiative.description')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => form.setField('description', e.currentTarget.value)}
          error={form.errors.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonSelect label={t('roadmap.initiative.owner')} value={values.ownerId} onChange={(id) => form.setField('ownerId', id)} error={form.errors.ownerId} />
          <Select<Status>
            label={t('roadmap.initiative.status')}
            required
            allowDeselect={false}
            data={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`initiativeStatus.${s}`) }))}
            value={values.status}
            onChange={(status) => status && form.setField('status', status)}
            error={form.errors.status}
          />
          <TextInput
            type="date"
            label={t('roadmap.initiative.startDate')}
            required
            value={values.startDate}
            onChange={(e) => form.setField('startDate', e.currentTarget.value)}
            error={form.errors.startDate}
          />
          <TextInput
            type="date"
            label={t('roadmap.initiative.endDate')}
            required
            value={values.endDate}
            onChange={(e) => form.setField('endDate', e.currentTarget.value)}
            error={form.errors.endDate}
          />
        </SimpleGrid>
        <TeamsMultiSelect
          label={t('roadmap.initiative.teams')}
          activeOnly
          value={values.teamIds}
          onChange={(ids) => form.setField('teamIds', ids)}
          error={form.errors.teamIds}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {initiative ? t('common.save') : t('roadmap.initiative.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
