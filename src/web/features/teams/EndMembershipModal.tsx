import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { MembershipEnd, type Membership } from '../../../contracts/index.ts';
import { today } from '../../ui/format.ts';
import { useForm } from '../../ui/useForm.ts';
import { useEndMembership } from './hooks.ts';
import { AppModal } from '../../ui/AppModal.tsx';

export function EndMembershipModal({ membership, onClose }: { membership: Membership | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={membership !== null} onClose={onClose} title={t('membership.end.title')}>
      {membership && <EndMembershipForm membership={membership} onDone={onClose} />}
    </AppModal>
  );
}

function EndMembershipForm({ membership, onDone }: { membership: Membership; onDone: () => void }) {
  const { t } = useTranslation();
  const end = useEndMembership(membership);
  const form = useForm({ endDate: today() < membership.startDate ? membership.startDate : today() });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(MembershipEnd, form.values);
    if (input) end.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('membership.end.intro', { name: membership.personName, role: membership.role })}</Text>
        <FormError message={form.formError} />
        <TextInput
          type="date"
          label={t('membership.endDate')}
          required
          min={membership.startDate}
          value={form.values.endDate}
          onChange={(e) => form.setField('endDate', e.currentTarget.value)}
          error={form.errors.endDate}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={end.isPending}>
            {t('membership.end.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
