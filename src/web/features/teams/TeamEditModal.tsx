
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { useTranslation } from 'react-i18next';
import { TeamUpdate, type Team } from '../../../contracts/index.ts';
import { useForm } from '../../ui/useForm.ts';
import { useUpdateTeam } from './hooks.ts';
import { TeamFields, teamFormValues, type TeamFormValues } from './TeamFields.tsx';
import { AppModal } from '../../ui/AppModal.tsx';

/** Only what the user changed is sent, so the audit trail shows the real edit. */
function changes(before: TeamFormValues, after: TeamFormValues): Partial<TeamFormValues> {
  const diff: Partial<Record<keyof TeamFormValues, unknown>> = {};
  for (const key of Object.keys(after) as (keyof TeamFormValues)[]) {
    if (after[key] !== before[key]) diff[key] = after[key];
  }
  return diff as Partial<TeamFormValues>;
}

export function TeamEditModal({ team, opened, onClose }: { team: Team; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('team.edit.title')} size="lg">
      {/* Mounted per opening, so the form starts from the team as it is now. */}
      {opened && <TeamEditForm team={team} onDone={onClose} />}
    </AppModal>
  );
}

function TeamEditForm({ team, onDone }: { team: Team; onDone: () => void }) {
  const form = useForm(teamFormValues(team));
  const update = useUpdateTeam(team);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const diff = changes(teamFormValues(team), form.values);
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(TeamUpdate, diff);
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormError message={form.formError} mb="md" />
      <TeamFields values={form.values} errors={form.errors} setField={form.setField} />
      <FormActions onCancel={onDone} saving={update.isPending} mt="lg" />
    </form>
  );
}
