import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { MembershipCreate, type Team } from '../../../contracts/index.ts';
import { today } from '../../ui/format.ts';
import { useForm } from '../../ui/useForm.ts';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { useAddMember } from './hooks.ts';
import { AppModal } from '../../ui/AppModal.tsx';

export function AddMemberModal({ team, opened, onClose }: { team: Team; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('membership.add.title')} size="lg">
      {opened && <AddMemberForm team={team} onDone={onClose} />}
    </AppModal>
  );
}

function AddMemberForm({ team, onDone }: { team: Team; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddMember(team.id);
  const form = useForm({
    personId: null as string | null,
    role: '',
    allocation: 50 as number | string,
    startDate: today(),
    endDate: '',
  });
  const currentMembers = team.memberships.filter((m) => m.current).map((m) => m.personId);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const { values } = form;
    const input = form.validate(MembershipCreate, {
      ...values,
      allocation: typeof values.allocation === 'number' ? values.allocation : undefined,
      endDate: values.endDate || null,
    });
    if (input) add.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <PersonSelect
          label={t('membership.person')}
          required
          exclude={currentMembers}
          withAllocation
          value={form.values.personId}
          onChange={(id) => form.setField('personId', id)}
          error={form.errors.personId}
        />
        <TextInput
          label={t('membership.role')}
          description={t('membership.roleHint')}
          required
          value={form.values.role}
          onChange={(e) => form.setField('role', e.currentTarget.value)}
          error={form.errors.role}
          maxLength={120}
        />
        <NumberInput
          label={t('membership.allocation')}
          description={t('membership.allocationHint')}
          required
          min={1}
          max={100}
          step={5}
          allowDecimal={false}
          suffix=" %"
          value={form.values.allocation}
          onChange={(value) => form.setField('allocation', value)}
          error={form.errors.allocation}
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="date"
            label={t('membership.startDate')}
            required
            value={form.values.startDate}
            onChange={(e) => form.setField('startDate', e.currentTarget.value)}
            error={form.errors.startDate}
          />
          <TextInput
            type="date"
            label={t('membership.endDate')}
            description={t('membership.endDateHint')}
            value={form.values.endDate}
            onChange={(e) => form.setField('endDate', e.currentTarget.value)}
            error={form.errors.endDate}
          />
        </SimpleGrid>
        <FormActions onCancel={onDone} saving={add.isPending} submitLabel={t('membership.add.submit')} />
      </Stack>
    </form>
  );
}
