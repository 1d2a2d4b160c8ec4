import { ActionIcon, Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { FormError, FormActions } from '../../ui/FormParts.tsx';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MIN_ANONYMITY, SurveyCreate, type Survey } from '../../../contracts/index.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { FieldGroup } from '../../ui/FieldGroup.tsx';
import { today } from '../../ui/format.ts';
import { useForm } from '../../ui/useForm.ts';
import { keyFromName, uniqueKey } from '../operating-model/hooks.ts';
import { TeamsMultiSelect } from '../teams/TeamsMultiSelect.tsx';
import { useCreateSurvey } from './hooks.ts';

type Values = {
  title: string;
  intro: string;
  statements: string[];
  freeTextPrompt: string;
  teamIds: string[];
  opensOn: string;
  closesOn: string;
  minResponses: number | string;
};

const inDays = (days: number) => {
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export function SurveyCreateModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (survey: Survey) => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('survey.create.title')} size="xl">
      {opened && <SurveyForm onDone={onClose} onCreated={onCreated} />}
    </AppModal>
  );
}

function SurveyForm({ onDone, onCreated }: { onDone: () => void; onCreated: (survey: Survey) => void }) {
  const { t } = useTranslation();
  const create = useCreateSurvey();
  const form = useForm<Values>({
    title: '',
    intro: '',
    statements: ['', ''],
    freeTextPrompt: '',
    teamIds: [],
    opensOn: today(),
    closesOn: inDays(14),
    minResponses: 5,
  });
  const { values } = form;
  const setStatement = (index: number, text: string) => form.setField('statements', values.statements.map((s, i) => (i === index ? text : s)));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const taken: string[] = [];
    const statements = values.statements.map((text) => {
      const key = uniqueKey(keyFromName(text) || 'statement', taken);
      taken.push(key);
      return { key, text };
    });
    const input = form.validate(SurveyCreate, {
      ...values,
      statements,
      freeTextPrompt: values.freeTextPrompt.trim() === '' ? null : values.freeTextPrompt,
      minResponses: typeof values.minResponses === 'number' ? values.minResponses : undefined,
    });
    if (input)
      create.mutate(input, {
        onSuccess: (survey) => {
          onDone();
          onCreated(survey);
        },
        onError: form.showServerError,
      });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={form.formError} />
        <TextInput
          label={t('survey.title')}
          required
          value={values.title}
          onChange={(e) => form.setField('title', e.currentTarget.value)}
          error={form.errors.title}
          maxLength={200}
          data-autofocus
        />
        <Textarea
          label={t('survey.intro')}
          autosize
          minRows={2}
          value={values.intro}
          onChange={(e) => form.setField('intro', e.currentTarget.value)}
          error={form.errors.intro}
        />
        <FieldGroup legend={t('survey.statements')}>
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('survey.create.statementsHint')}
            </Text>
            {values.statements.map((statement, index) => (
              <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  label={t('survey.create.statementNumber', { number: index + 1 })}
                  required
                  value={statement}
                  onChange={(e) => setStatement(index, e.currentTarget.value)}
                  error={form.errors[`statements.${index}.text`] ?? form.errors[`statements.${index}.key`]}
                  maxLength={500}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  mt={26}
                  aria-label={t('survey.create.removeStatement', { number: index + 1 })}
                  onClick={() => form.setField('statements', values.statements.filter((_, i) => i !== index))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {form.errors.statements && (
              <Text size="sm" c="var(--mantine-color-error)">
                {form.errors.statements}
              </Text>
            )}
            <div>
              <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.setField('statements', [...values.statements, ''])}>
                {t('survey.create.addStatement')}
              </Button>
            </div>
          </Stack>
        </FieldGroup>
        <TextInput
          label={t('survey.freeTextPrompt')}
          description={t('survey.create.freeTextHint')}
          value={values.freeTextPrompt}
          onChange={(e) => form.setField('freeTextPrompt', e.currentTarget.value)}
          error={form.errors.freeTextPrompt}
          maxLength={500}
        />
        <TeamsMultiSelect
          label={t('survey.teams')}
          required
          activeOnly
          value={values.teamIds}
          onChange={(ids) => form.setField('teamIds', ids)}
          error={form.errors.teamIds}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('survey.opensOn')}
            required
            value={values.opensOn}
            onChange={(e) => form.setField('opensOn', e.currentTarget.value)}
            error={form.errors.opensOn}
          />
          <TextInput
            type="date"
            label={t('survey.closesOn')}
            required
            value={values.closesOn}
            onChange={(e) => form.setField('closesOn', e.currentTarget.value)}
            error={form.errors.closesOn}
          />
          <NumberInput
            label={t('survey.minResponses')}
            description={t('survey.create.minResponsesHint', { min: MIN_ANONYMITY })}
            required
            min={MIN_ANONYMITY}
            max={100}
            allowDecimal={false}
            value={values.minResponses}
            onChange={(value) => form.setField('minResponses', value)}
            error={form.errors.minResponses}
          />
        </SimpleGrid>
        <FormActions onCancel={onDone} saving={create.isPending} submitLabel={t('survey.create.submit')} />
      </Stack>
    </form>
  );
}
