import { ActionIcon, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DECISION_CATEGORIES, DecisionCreate, DecisionUpdate, type Decision, type DecisionCategory } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { LinksField, type LinkValue } from '../../ui/LinksField.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { parseMoney, useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { ServiceMultiSelect } from '../services/ServiceMultiSelect.tsx';
import { useCreateDecision, useUpdateDecision } from './hooks.ts';
import { FieldGroup } from '../../ui/FieldGroup.tsx';

export type DecisionValues = {
  title: string;
  category: DecisionCategory | null;
  context: string;
  options: string[];
  choice: string;
  rationale: string;
  budget: string;
  personalData: boolean;
  newVendor: boolean;
  affectedServiceIds: string[];
  links: LinkValue[];
};

export const emptyDecision: DecisionValues = {
  title: '',
  category: null,
  context: '',
  options: [],
  choice: '',
  rationale: '',
  budget: '',
  personalData: false,
  newVendor: false,
  affectedServiceIds: [],
  links: [],
};

type Form = ReturnType<typeof useForm<DecisionValues>>;

function toInput(values: DecisionValues, language: string) {
  return {
    title: values.title,
    category: values.category ?? undefined,
    context: values.context,
    options: values.options,
    choice: values.choice,
    rationale: values.rationale,
    budgetImpactCents: parseMoney(values.budget, language) ?? 0,
    personalData: values.personalData,
    newVendor: values.newVendor,
    affectedServiceIds: values.affectedServiceIds,
    links: values.links,
  };
}

/** The fields of a decision record, shared by the record page and the edit dialog. */
function DecisionFields({ form, autonomyLimitCents }: { form: Form; autonomyLimitCents: number | null }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { values } = form;
  const setOption = (index: number, text: string) => form.setField('options', values.options.map((o, i) => (i === index ? text : o)));
  return (
    <Stack>
      <TextInput
        label={t('decision.title')}
        required
        value={values.title}
        onChange={(e) => form.setField('title', e.currentTarget.value)}
        error={form.errors.title}
        maxLength={200}
        data-autofocus
      />
      <Select<DecisionCategory>
        label={t('decision.category')}
        required
        data={DECISION_CATEGORIES.map((c) => ({ value: c, label: t(`decisionCategory.${c}`) }))}
        value={values.category}
        onChange={(category) => form.setField('category', category)}
        error={form.errors.category}
        w={{ base: '100%', sm: 320 }}
      />
      <Textarea
        label={t('decision.context')}
        description={t('decision.contextHint')}
        autosize
        minRows={3}
        value={values.context}
        onChange={(e) => form.setField('context', e.currentTarget.value)}
        error={form.errors.context}
      />
      <FieldGroup legend={t('decision.options')}>
        <Stack gap="xs">
          {values.options.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('decision.noOptions')}
            </Text>
          )}
          {values.options.map((option, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                label={t('decision.optionNumber', { number: index + 1 })}
                value={option}
                onChange={(e) => setOption(index, e.currentTarget.value)}
                error={form.errors[`options.${index}`]}
                maxLength={1000}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red.9"
                size="lg"
                mt={26}
                aria-label={t('decision.removeOption', { number: index + 1 })}
                onClick={() => form.setField('options', values.options.filter((_, i) => i !== index))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <div>
            <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.setField('options', [...values.options, ''])}>
              {t('decision.addOption')}
            </Button>
          </div>
        </Stack>
      </FieldGroup>
      <Textarea
        label={t('decision.choice')}
        description={t('decision.choiceHint')}
        autosize
        minRows={2}
        value={values.choice}
        onChange={(e) => form.setField('choice', e.currentTarget.value)}
        error={form.errors.choice}
      />
      <Textarea
        label={t('decision.rationale')}
        autosize
        minRows={3}
        value={values.rationale}
        onChange={(e) => form.setField('rationale', e.currentTarget.value)}
        error={form.errors.rationale}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MoneyInput
          label={t('decision.budgetImpact')}
          description={
            autonomyLimitCents === null ? t('decision.budgetImpactHint') : t('decision.budgetImpactLimitHint', { limit: money.short(autonomyLimitCents) })
          }
          value={values.budget}
          onChange={(text) => form.setField('budget', text)}
          error={form.errors.budgetImpactCents}
        />
        <Stack gap="xs" pt={{ base: 0, sm: 28 }}>
          <Checkbox
            label={t('decision.personalData')}
            checked={values.personalData}
            onChange={(e) => form.setField('personalData', e.currentTarget.checked)}
          />
          <Checkbox label={t('decision.newVendor')} checked={values.newVendor} onChange={(e) => form.setField('newVendor', e.currentTarget.checked)} />
        </Stack>
      </SimpleGrid>
      <ServiceMultiSelect
        label={t('decision.affectedServices')}
        description={t('decision.affectedServicesHint')}
        value={values.affectedServiceIds}
        onChange={(ids) => form.setField('affectedServiceIds', ids)}
        error={form.errors.affectedServiceIds}
      />
      <LinksField value={values.links} onChange={(links) => form.setField('links', links)} errors={form.errors} />
    </Stack>
  );
}

type CreateProps = {
  teamId: string;
  initial: DecisionValues;
  supersedesId: string | null;
  autonomyLimitCents: number | null;
  onCreated: (decision: Decision) => void;
  onCancel: () => void;
};

export function DecisionCreateForm({ teamId, initial, supersedesId, autonomyLimitCents, onCreated, onCancel }: CreateProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const create = useCreateDecision(teamId);
  const form = useForm<DecisionValues>(initial);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (parseMoney(form.values.budget, language) === undefined) return; // the budget field says what is wrong
    const input = form.validate(DecisionCreate, { ...toInput(form.values, language), supersedesId });
    if (input) create.mutate(input, { onSuccess: onCreated, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormError message={form.formError} mb="md" />
      <DecisionFields form={form} autonomyLimitCents={autonomyLimitCents} />
      <Group mt="lg">
        <Button type="submit" loading={create.isPending}>
          {t('decision.create.submit')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </form>
  );
}

export function decisionValues(decision: Decision, money: ReturnType<typeof useMoney>): DecisionValues {
  return {
    title: decision.title,
    category: decision.category,
    context: decision.context,
    options: decision.options,
    choice: decision.choice,
    rationale: decision.rationale,
    budget: decision.budgetImpactCents > 0 ? money.input(decision.budgetImpactCents) : '',
    personalData: decision.personalData,
    newVendor: decision.newVendor,
    affectedServiceIds: decision.affectedServices.map((service) => service.id),
    links: decision.links,
  };
}

type EditProps = { decision: Decision; autonomyLimitCents: number | null; opened: boolean; onClose: () => void };

export function DecisionEditModal({ decision, autonomyLimitCents, opened, onClose }: EditProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('decision.edit.title')} size="xl">
      {opened && <DecisionEditForm decision={decision} autonomyLimitCents={autonomyLimitCents} onDone={onClose} />}
    </AppModal>
  );
}

function DecisionEditForm({ decision, autonomyLimitCents, onDone }: { decision: Decision; autonomyLimitCents: number | null; onDone: () => void }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const money = useMoney();
  const update = useUpdateDecision(decision);
  const initial = decisionValues(decision, money);
  const form = useForm<DecisionValues>(initial);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (parseMoney(form.values.budget, language) === undefined) return;
    const before = toInput(initial, language);
    const next = toInput(form.values, language);
    // Only what changed is sent, so the audit trail shows the real edit.
    const diff = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof typeof before])),
    );
    if (Object.keys(diff).length === 0) return onDone();
    const input = form.validate(DecisionUpdate, diff);
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormError message={form.formError} mb="md" />
      <DecisionFields form={form} autonomyLimitCents={autonomyLimitCents} />
      <FormActions onCancel={onDone} saving={update.isPending} mt="lg" />
    </form>
  );
}
