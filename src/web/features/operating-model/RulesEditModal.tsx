import { ActionIcon, Button, Checkbox, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CRITICALITIES,
  DECISION_CATEGORIES,
  DecisionRulesUpdate,
  type Criticality,
  type DecisionCategory,
  type DecisionRule,
  type OperatingModel,
  type RuleConditions,
} from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { MoneyInput } from '../../ui/MoneyInput.tsx';
import { parseMoney, useMoney } from '../../ui/money.ts';
import { useForm } from '../../ui/useForm.ts';
import { keyFromName, uniqueKey, useUpdateDecisionRules } from './hooks.ts';
import { useRuleText } from './rules.ts';

type RuleValues = {
  key: string;
  isNew: boolean;
  name: string;
  categories: DecisionCategory[];
  budgetAbove: string;
  exceedsTeamLimit: boolean;
  personalData: boolean;
  newVendor: boolean;
  criticality: Criticality | null;
  approverRole: string | null;
};
type Values = { defaultLimit: string; rules: RuleValues[] };

const emptyRule: RuleValues = {
  key: '',
  isNew: true,
  name: '',
  categories: [],
  budgetAbove: '',
  exceedsTeamLimit: false,
  personalData: false,
  newVendor: false,
  criticality: null,
  approverRole: null,
};

/** Conditions as the contract has them: only those that are set, `true` flags only when checked. */
function conditionsOf(rule: RuleValues, language: string): RuleConditions {
  const budget = parseMoney(rule.budgetAbove, language);
  return {
    ...(rule.categories.length > 0 ? { categories: rule.categories } : {}),
    ...(typeof budget === 'number' ? { budgetImpactAboveCents: budget } : {}),
    ...(rule.exceedsTeamLimit ? { exceedsTeamLimit: true as const } : {}),
    ...(rule.personalData ? { personalData: true as const } : {}),
    ...(rule.newVendor ? { newVendor: true as const } : {}),
    ...(rule.criticality ? { serviceCriticalityAtLeast: rule.criticality } : {}),
  };
}

export function RulesEditModal({ model, opened, onClose }: { model: OperatingModel; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('model.rules.edit.title')} size="xl">
      {opened && <RulesEditForm model={model} onDone={onClose} />}
    </AppModal>
  );
}

function RulesEditForm({ model, onDone }: { model: OperatingModel; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const money = useMoney();
  const text = useRuleText(model.roles);
  const update = useUpdateDecisionRules(model);
  const form = useForm<Values>({
    defaultLimit: money.input(model.decisionRules.defaultAutonomyLimitCents),
    rules: model.decisionRules.rules.map((rule) => ({
      key: rule.key,
      isNew: false,
      name: rule.name,
      categories: rule.when.categories ?? [],
      budgetAbove: money.input(rule.when.budgetImpactAboveCents),
      exceedsTeamLimit: rule.when.exceedsTeamLimit ?? false,
      personalData: rule.when.personalData ?? false,
      newVendor: rule.when.newVendor ?? false,
      criticality: rule.when.serviceCriticalityAtLeast ?? null,
      approverRole: rule.approverRole,
    })),
  });
  const { rules } = form.values;
  const setRule = (index: number, change: Partial<RuleValues>) => form.setField('rules', rules.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const approverRoles = model.roles.filter((role) => role.approver).map((role) => ({ value: role.key, label: role.name }));
  const invalidMoney = parseMoney(form.values.defaultLimit, language) === undefined || rules.some((r) => parseMoney(r.budgetAbove, language) === undefined);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (invalidMoney) return; // the money fields say what is wrong
    const taken = rules.filter((r) => !r.isNew).map((r) => r.key);
    const input = form.validate(DecisionRulesUpdate, {
      defaultAutonomyLimitCents: parseMoney(form.values.defaultLimit, language) ?? undefined,
      rules: rules.map((rule): Partial<DecisionRule> => {
        let key = rule.key;
        if (rule.isNew) {
          key = uniqueKey(keyFromName(rule.name) || 'rule', taken);
          taken.push(key);
        }
        return { key, name: rule.name, when: conditionsOf(rule, language), approverRole: rule.approverRole ?? undefined };
      }),
    });
    if (input) update.mutate(input, { onSuccess: onDone, onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('model.rules.edit.intro')}</Text>
        <FormError message={form.formError} />
        <MoneyInput
          label={t('model.rules.defaultLimit')}
          description={t('model.rules.defaultLimitHint')}
          required
          value={form.values.defaultLimit}
          onChange={(value) => form.setField('defaultLimit', value)}
          error={form.errors.defaultAutonomyLimitCents}
          w={300}
        />
        <Title order={2} size="h4">
          {t('model.rules.title')}
        </Title>
        {rules.map((rule, index) => {
          const path = `rules.${index}`;
          const whenError = form.errors[`${path}.when`];
          return (
            <Paper key={index} withBorder p="md" role="group" aria-label={rule.name || t('model.rules.edit.ruleNumber', { number: index + 1 })}>
              <Stack gap="sm">
                <Group align="flex-start" wrap="nowrap">
                  <TextInput
                    label={t('model.rules.name')}
                    required
                    value={rule.name}
                    onChange={(e) => setRule(index, { name: e.currentTarget.value })}
                    error={form.errors[`${path}.name`] ?? form.errors[`${path}.key`]}
                    maxLength={200}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size="lg"
                    mt={26}
                    aria-label={t('model.rules.edit.remove', { name: rule.name || index + 1 })}
                    onClick={() => form.setField('rules', rules.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                <Text size="sm" fw={700}>
                  {t('model.rules.edit.conditions')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <MultiSelect<DecisionCategory>
                    label={t('model.rules.edit.categories')}
                    placeholder={t('model.rules.edit.anyCategory')}
                    clearable
                    data={DECISION_CATEGORIES.map((c) => ({ value: c, label: t(`decisionCategory.${c}`) }))}
                    value={rule.categories}
                    onChange={(categories) => setRule(index, { categories })}
                    error={form.errors[`${path}.when.categories`]}
                  />
                  <MoneyInput
                    label={t('model.rules.edit.budgetAbove')}
                    value={rule.budgetAbove}
                    onChange={(budgetAbove) => setRule(index, { budgetAbove })}
                    error={form.errors[`${path}.when.budgetImpactAboveCents`]}
                  />
                  <Select<Criticality>
                    label={t('model.rules.edit.criticality')}
                    placeholder={t('model.rules.edit.anyCriticality')}
                    clearable
                    data={CRITICALITIES.map((c) => ({ value: c, label: t(`criticality.${c}`) }))}
                    value={rule.criticality}
                    onChange={(criticality) => setRule(index, { criticality })}
                    error={form.errors[`${path}.when.serviceCriticalityAtLeast`]}
                  />
                </SimpleGrid>
                <Group gap="lg">
                  <Checkbox
                    label={t('model.rules.edit.exceedsTeamLimit')}
                    checked={rule.exceedsTeamLimit}
                    onChange={(e) => setRule(index, { exceedsTeamLimit: e.currentTarget.checked })}
                  />
                  <Checkbox
                    label={t('model.rules.edit.personalData')}
                    checked={rule.personalData}
                    onChange={(e) => setRule(index, { personalData: e.currentTarget.checked })}
                  />
                  <Checkbox
                    label={t('model.rules.edit.newVendor')}
                    checked={rule.newVendor}
                    onChange={(e) => setRule(index, { newVendor: e.currentTarget.checked })}
                  />
                </Group>
                {whenError && (
                  <Text size="sm" c="var(--mantine-color-error)">
                    {t('model.rules.edit.needsCondition')}
                  </Text>
                )}
                <Select
                  label={t('model.rules.approverRole')}
                  required
                  data={approverRoles}
                  value={rule.approverRole}
                  onChange={(approverRole) => setRule(index, { approverRole })}
                  error={form.errors[`${path}.approverRole`]}
                  w={{ base: '100%', sm: 320 }}
                />
                <Text size="sm" c="dimmed">
                  {t('model.rules.edit.reads')}{' '}
                  <Text span inherit fw={600} c="var(--mantine-color-text)">
                    {rule.approverRole ? text.sentence({ when: conditionsOf(rule, language), approverRole: rule.approverRole }) : text.conditions(conditionsOf(rule, language))}
                  </Text>
                </Text>
              </Stack>
            </Paper>
          );
        })}
        <div>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.setField('rules', [...rules, emptyRule])}>
            {t('model.rules.edit.add')}
          </Button>
        </div>
        <FormActions onCancel={onDone} saving={update.isPending} submitLabel={t('model.rules.edit.submit')} />
      </Stack>
    </form>
  );
}
