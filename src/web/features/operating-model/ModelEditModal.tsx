import { ActionIcon, Button, Divider, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CADENCE_FREQUENCIES, OperatingModelUpdate, type Cadence, type OperatingModel } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { useForm } from '../../ui/useForm.ts';
import { PeopleMultiSelect } from '../people/PeopleMultiSelect.tsx';
import { keyFromName, uniqueKey, useUpdateOperatingModel } from './hooks.ts';

type RoleValues = { key: string; isNew: boolean; name: string; responsibilities: string; approver: boolean; holderIds: string[] };
type CadenceValues = { key: string; isNew: boolean; name: string; frequency: Cadence['frequency']; description: string; participants: string };
type Values = { roles: RoleValues[]; cadences: CadenceValues[]; decisionWaitDays: number | string };

const valuesOf = (model: OperatingModel): Values => ({
  roles: model.roles.map((role) => ({
    key: role.key,
    isNew: false,
    name: role.name,
    responsibilities: role.responsibilities,
    approver: role.approver,
    holderIds: role.holders.map((holder) => holder.id),
  })),
  cadences: model.cadences.map((cadence) => ({ ...cadence, isNew: false })),
  decisionWaitDays: model.decisionWaitDays,
});

/** New entries get their key from their name; existing keys stay, since decision rules refer to them. */
function withKeys<T extends { key: string; isNew: boolean; name: string }>(items: T[]): T[] {
  const taken = items.filter((item) => !item.isNew).map((item) => item.key);
  return items.map((item) => {
    if (!item.isNew) return item;
    const key = uniqueKey(keyFromName(item.name) || 'item', taken);
    taken.push(key);
    return { ...item, key };
  });
}

export function ModelEditModal({ model, opened, onClose }: { model: OperatingModel; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('model.edit.title')} size="xl">
      {opened && <ModelEditForm model={model} onDone={onClose} />}
    </AppModal>
  );
}

function ModelEditForm({ model, onDone }: { model: OperatingModel; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateOperatingModel(model);
  const form = useForm<Values>(valuesOf(model));
  const { roles, cadences } = form.values;
  const setRole = (index: number, change: Partial<RoleValues>) => form.setField('roles', roles.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const setCadence = (index: number, change: Partial<CadenceValues>) =>
    form.setField('cadences', cadences.map((c, i) => (i === index ? { ...c, ...change } : c)));
  // Messages on a new entry's key belong to its name, the field the key is made from.
  const err = (path: string, keyPath?: string) => form.errors[path] ?? (keyPath ? form.errors[keyPath] : undefined);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = form.validate(OperatingModelUpdate, {
      roles: withKeys(roles).map(({ isNew: _new, ...role }) => role),
      cadences: withKeys(cadences).map(({ isNew: _new, ...cadence }) => cadence),
      decisionWaitDays: typeof form.values.decisionWaitDays === 'number' ? form.values.decisionWaitDays : undefined,
    });
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <Title order={2} size="h4">
          {t('model.roles.title')}
        </Title>
        {roles.map((role, index) => (
          <Paper key={index} withBorder p="md">
            <Stack gap="sm">
              <Group align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('model.roles.name')}
                  required
                  value={role.name}
                  onChange={(e) => setRole(index, { name: e.currentTarget.value })}
                  error={err(`roles.${index}.name`, `roles.${index}.key`)}
                  description={role.isNew ? undefined : t('model.keyHint', { key: role.key })}
                  maxLength={120}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  mt={26}
                  aria-label={t('model.roles.remove', { name: role.name || index + 1 })}
                  onClick={() => form.setField('roles', roles.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <Textarea
                label={t('model.roles.responsibilities')}
                autosize
                minRows={2}
                value={role.responsibilities}
                onChange={(e) => setRole(index, { responsibilities: e.currentTarget.value })}
                error={err(`roles.${index}.responsibilities`)}
              />
              <PeopleMultiSelect
                label={t('model.roles.holders')}
                value={role.holderIds}
                onChange={(holderIds) => setRole(index, { holderIds })}
                error={err(`roles.${index}.holderIds`)}
              />
              <Switch
                label={t('model.roles.approverSwitch')}
                description={t('model.roles.approverHint')}
                checked={role.approver}
                onChange={(e) => setRole(index, { approver: e.currentTarget.checked })}
                error={err(`roles.${index}.approver`)}
              />
            </Stack>
          </Paper>
        ))}
        {form.errors.roles && (
          <Text size="sm" c="var(--mantine-color-error)">
            {form.errors.roles}
          </Text>
        )}
        <div>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.setField('roles', [...roles, { key: '', isNew: true, name: '', responsibilities: '', approver: false, holderIds: [] }])}
          >
            {t('model.roles.add')}
          </Button>
        </div>

        <Divider my="sm" />
        <Title order={2} size="h4">
          {t('model.cadences.title')}
        </Title>
        {cadences.map((cadence, index) => (
          <Paper key={index} withBorder p="md">
            <Stack gap="sm">
              <Group align="flex-start" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
                  <TextInput
                    label={t('model.cadences.name')}
                    required
                    value={cadence.name}
                    onChange={(e) => setCadence(index, { name: e.currentTarget.value })}
                    error={err(`cadences.${index}.name`, `cadences.${index}.key`)}
                    maxLength={120}
                  />
                  <Select
                    label={t('model.cadences.frequency')}
                    required
                    allowDeselect={false}
                    data={CADENCE_FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
                    value={cadence.frequency}
                    onChange={(frequency) => frequency && setCadence(index, { frequency: frequency as Cadence['frequency'] })}
                    error={err(`cadences.${index}.frequency`)}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  mt={26}
                  aria-label={t('model.cadences.remove', { name: cadence.name || index + 1 })}
                  onClick={() => form.setField('cadences', cadences.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <Textarea
                label={t('model.cadences.description')}
                autosize
                minRows={2}
                value={cadence.description}
                onChange={(e) => setCadence(index, { description: e.currentTarget.value })}
                error={err(`cadences.${index}.description`)}
              />
              <TextInput
                label={t('model.cadences.participants')}
                value={cadence.participants}
                onChange={(e) => setCadence(index, { participants: e.currentTarget.value })}
                error={err(`cadences.${index}.participants`)}
                maxLength={500}
              />
            </Stack>
          </Paper>
        ))}
        <div>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              form.setField('cadences', [...cadences, { key: '', isNew: true, name: '', frequency: 'monthly', description: '', participants: '' }])
            }
          >
            {t('model.cadences.add')}
          </Button>
        </div>

        <Divider my="sm" />
        <NumberInput
          label={t('model.waitDays')}
          description={t('model.waitDaysHint')}
          required
          min={1}
          max={365}
          allowDecimal={false}
          value={form.values.decisionWaitDays}
          onChange={(value) => form.setField('decisionWaitDays', value)}
          error={form.errors.decisionWaitDays}
          w={260}
        />
        <FormActions onCancel={onDone} saving={update.isPending} />
      </Stack>
    </form>
  );
}
