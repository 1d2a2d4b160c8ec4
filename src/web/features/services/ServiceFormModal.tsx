import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CRITICALITIES,
  PROVIDED_KINDS,
  SERVICE_KINDS,
  SERVICE_LIFECYCLES,
  ServiceCreate,
  ServiceUpdate,
  type Criticality,
  type Service,
  type ServiceKind,
  type ServiceLifecycle,
} from '../../../contracts/index.ts';
import { isApiError } from '../../app/api.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { LinksField, type LinkValue } from '../../ui/LinksField.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { parseMoney, useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { TeamSelect } from '../teams/TeamSelect.tsx';
import { useSaveService } from './hooks.ts';
import { ServiceMultiSelect } from './ServiceMultiSelect.tsx';
import { FieldGroup } from '../../ui/FieldGroup.tsx';

type ServiceLevelValue = { name: string; target: string };
type Values = {
  name: string;
  kind: ServiceKind;
  ownerTeamId: string | null;
  criticality: Criticality;
  lifecycle: ServiceLifecycle;
  description: string;
  links: LinkValue[];
  unit: string;
  unitPrice: string;
  serviceLevels: ServiceLevelValue[];
  dependsOn: string[];
};

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Edit this service; without it the dialog creates a new one. */
  service?: Service;
  /** For a new service: the team that will own it. */
  ownerTeamId?: string;
  /** The owner cannot be changed (team leads create services for their own team only). */
  lockOwner?: boolean;
  onSaved?: (service: Service) => void;
};

export function ServiceFormModal({ opened, onClose, service, ownerTeamId, lockOwner, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={service ? t('service.edit.title') : t('service.create.title')} size="xl">
      {opened && <ServiceForm service={service} ownerTeamId={ownerTeamId ?? null} lockOwner={lockOwner ?? false} onDone={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function ServiceForm({
  service,
  ownerTeamId,
  lockOwner,
  onDone,
  onSaved,
}: {
  service?: Service;
  ownerTeamId: string | null;
  lockOwner: boolean;
  onDone: () => void;
  onSaved?: (service: Service) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const money = useMoney();
  const save = useSaveService(service);
  const initial: Values = service
    ? {
        name: service.name,
        kind: service.kind,
        ownerTeamId: service.ownerTeam?.id ?? null,
        criticality: service.criticality,
        lifecycle: service.lifecycle,
        description: service.description,
        links: service.links,
        unit: service.unit ?? '',
        unitPrice: money.input(service.unitPriceCents),
        serviceLevels: service.serviceLevels,
        dependsOn: service.dependsOn.map((ref) => ref.id),
      }
    : {
        name: '',
        kind: 'business_service',
        ownerTeamId,
        criticality: 'medium',
        lifecycle: 'planned',
        description: '',
        links: [],
        unit: '',
        unitPrice: '',
        serviceLevels: [],
        dependsOn: [],
      };
  const form = useForm<Values>(initial);
  const { values } = form;
  // A cycle is only understood with its path ("A → B → A"); the server names it, the UI keeps it.
  const [cycle, setCycle] = useState<string | null>(null);
  const onError = (error: unknown) => {
    form.showServerError(error);
    const found = isApiError(error) ? error.fieldErrors.find((e) => e.field === 'dependsOn' && e.code === 'cycle') : undefined;
    setCycle(found ? found.message.replace(/^.*?cycle:\s*/, '') : null);
  };
  const provided = PROVIDED_KINDS.includes(values.kind);
  // Business services carry no price; the fields stay visible while they hold something, so the
  // server's message about a price on a business service has a field to stand on.
  const showPrice = provided || values.unit.trim() !== '' || values.unitPrice.trim() !== '';

  function toInput(v: Values) {
    const price = parseMoney(v.unitPrice, language);
    return {
      name: v.name,
      kind: v.kind,
      ownerTeamId: v.ownerTeamId,
      criticality: v.criticality,
      lifecycle: v.lifecycle,
      description: v.description,
      links: v.links,
      unit: v.unit.trim() === '' ? null : v.unit,
      unitPriceCents: price ?? null,
      serviceLevels: v.serviceLevels,
      dependsOn: v.dependsOn,
    };
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (parseMoney(values.unitPrice, language) === undefined) return; // the price field says what is wrong
    const next = toInput(values);
    if (!service) {
      const input = form.validate(ServiceCreate, next);
      if (input)
        save.mutate(input, {
          onSuccess: (created) => {
            onDone();
            onSaved?.(created);
          },
          onError,
        });
      return;
    }
    // Only what changed is sent, so the audit trail shows the real edit.
    const before = toInput(initial);
    const diff = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof typeof before])),
    );
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(ServiceUpdate, diff);
    if (input) save.mutate(input, { onSuccess: onDone, onError });
  }

  const setLevel = (index: number, change: Partial<ServiceLevelValue>) =>
    form.setField('serviceLevels', values.serviceLevels.map((level, i) => (i === index ? { ...level, ...change } : level)));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('service.name')}
          required
          value={values.name}
          onChange={(e) => form.setField('name', e.currentTarget.value)}
          error={form.errors.name}
          maxLength={120}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select<ServiceKind>
            label={t('service.kind')}
            required
            allowDeselect={false}
            data={SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`serviceKind.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => kind && form.setField('kind', kind)}
            error={form.errors.kind}
          />
          <TeamSelect
            label={t('service.ownerTeam')}
            description={t('service.ownerTeamHint')}
            clearable={!lockOwner}
            disabled={lockOwner}
            activeOnly
            kind={provided ? 'platform' : undefined}
            value={values.ownerTeamId}
            onChange={(id) => form.setField('ownerTeamId', id)}
            error={form.errors.ownerTeamId}
          />
          <Select<Criticality>
            label={t('service.criticality')}
            required
            allowDeselect={false}
            data={CRITICALITIES.map((c) => ({ value: c, label: t(`criticality.${c}`) }))}
            value={values.criticality}
            onChange={(criticality) => criticality && form.setField('criticality', criticality)}
            error={form.errors.criticality}
          />
          <Select<ServiceLifecycle>
            label={t('service.lifecycle')}
            required
            allowDeselect={false}
            data={SERVICE_LIFECYCLES.map((l) => ({ value: l, label: t(`serviceLifecycle.${l}`) }))}
            value={values.lifecycle}
            onChange={(lifecycle) => lifecycle && form.setField('lifecycle', lifecycle)}
            error={form.errors.lifecycle}
          />
        </SimpleGrid>
        <Textarea
          label={t('service.description')}
          autosize
          minRows={3}
          value={values.description}
          onChange={(e) => form.setField('description', e.currentTarget.value)}
          error={form.errors.description}
        />
        {showPrice && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('service.unit')}
              description={t('service.unitHint')}
              value={values.unit}
              onChange={(e) => form.setField('unit', e.currentTarget.value)}
              error={form.errors.unit}
              maxLength={120}
            />
            <MoneyInput
              label={t('service.unitPrice')}
              description={t('service.unitPriceHint')}
              value={values.unitPrice}
              onChange={(text) => form.setField('unitPrice', text)}
              error={form.errors.unitPriceCents ?? form.errors.unitPrice}
            />
          </SimpleGrid>
        )}
        <ServiceMultiSelect
          label={t('service.dependsOn')}
          description={t('service.dependsOnHint')}
          exclude={service ? [service.id] : []}
          value={values.dependsOn}
          onChange={(ids) => {
            form.setField('dependsOn', ids);
            setCycle(null);
          }}
          error={cycle ? t('service.cycle', { path: cycle }) : form.errors.dependsOn}
        />
        <FieldGroup legend={t('service.serviceLevels')}>
          <Stack gap="xs">
            {values.serviceLevels.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('service.noServiceLevels')}
              </Text>
            )}
            {values.serviceLevels.map((level, index) => (
              <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  label={t('service.levelName')}
                  placeholder={t('service.levelNamePlaceholder')}
                  value={level.name}
                  onChange={(e) => setLevel(index, { name: e.currentTarget.value })}
                  error={form.errors[`serviceLevels.${index}.name`]}
                  maxLength={120}
                  style={{ flex: 1 }}
                />
                <TextInput
                  label={t('service.levelTarget')}
                  placeholder={t('service.levelTargetPlaceholder')}
                  value={level.target}
                  onChange={(e) => setLevel(index, { target: e.currentTarget.value })}
                  error={form.errors[`serviceLevels.${index}.target`]}
                  maxLength={120}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  mt={26}
                  aria-label={t('service.removeLevel', { number: index + 1 })}
                  onClick={() => form.setField('serviceLevels', values.serviceLevels.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.setField('serviceLevels', [...values.serviceLevels, { name: '', target: '' }])}
              >
                {t('service.addLevel')}
              </Button>
            </div>
          </Stack>
        </FieldGroup>
        <LinksField value={values.links} onChange={(links) => form.setField('links', links)} errors={form.errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {service ? t('common.save') : t('service.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
