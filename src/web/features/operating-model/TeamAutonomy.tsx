import { Button, Group, Stack, Text } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { parseMoney, useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { useMe } from '../auth/hooks.ts';
import { useOperatingModel, useUpdateTeamAutonomy } from './hooks.ts';

/** The budget impact a team decides alone: its own limit, or the model's default; steering may change it. */
export function TeamAutonomy({ team }: { team: Team }) {
  const { t } = useTranslation();
  const me = useMe();
  const money = useMoney();
  const model = useOperatingModel();
  const [editing, setEditing] = useState(false);
  const defaultLimit = model.data?.decisionRules.defaultAutonomyLimitCents;
  const canEdit = me.abilities.createTeam && team.stage !== 'sunset';

  return (
    <div>
      <Text size="sm" fw={700} c="dimmed">
        {t('autonomy.label')}
      </Text>
      <Group gap="xs" align="baseline">
        <Text size="xl" fw={600} component="span">
          {team.autonomyLimitCents !== null ? money.short(team.autonomyLimitCents) : defaultLimit !== undefined ? money.short(defaultLimit) : '—'}
        </Text>
        <Text size="sm" component="span">
          {team.autonomyLimitCents !== null ? t('autonomy.own') : t('autonomy.default')}
        </Text>
        {canEdit && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => setEditing(true)}
            aria-label={t('autonomy.editLabel')}
          >
            {t('autonomy.change')}
          </Button>
        )}
      </Group>
      <AppModal opened={editing} onClose={() => setEditing(false)} title={t('autonomy.editTitle')}>
        {editing && <AutonomyForm team={team} defaultLimit={defaultLimit} onDone={() => setEditing(false)} />}
      </AppModal>
    </div>
  );
}

function AutonomyForm({ team, defaultLimit, onDone }: { team: Team; defaultLimit: number | undefined; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const money = useMoney();
  const update = useUpdateTeamAutonomy(team);
  const form = useForm({ limit: money.input(team.autonomyLimitCents) });

  function save(cents: number | null) {
    update.mutate(cents, { onSuccess: onDone, onError: form.showServerError });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const cents = parseMoney(form.values.limit, language);
    if (cents === undefined) return;
    save(cents);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {t('autonomy.intro', { team: team.name, default: defaultLimit !== undefined ? money.short(defaultLimit) : '—' })}
        </Text>
        <FormError message={form.formError} />
        <MoneyInput
          label={t('autonomy.limit')}
          description={t('autonomy.limitHint')}
          value={form.values.limit}
          onChange={(value) => form.setField('limit', value)}
          error={form.errors.autonomyLimitCents}
          data-autofocus
        />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => save(null)} disabled={team.autonomyLimitCents === null} loading={update.isPending && update.variables === null}>
            {t('autonomy.useDefault')}
          </Button>
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending && update.variables !== null}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
