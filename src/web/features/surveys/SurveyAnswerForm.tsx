import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { FormError } from '../../ui/FormParts.tsx';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIKERT, SurveyAnswer, type Survey } from '../../../contracts/index.ts';
import { RadioFieldset } from '../../ui/RadioFieldset.tsx';
import { useForm } from '../../ui/useForm.ts';
import { useAnswerSurvey } from './hooks.ts';
import { LIKERT_KEYS } from './likert.ts';

/** One radio group per statement on the five-point scale, an optional comment; sent once, anonymously. */
export function SurveyAnswerForm({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const answer = useAnswerSurvey(survey.id);
  const form = useForm({ ratings: {} as Record<string, string>, comment: '' });
  const [missing, setMissing] = useState<string[]>([]);
  const options = LIKERT.map((value) => ({ value: String(value), label: `${value} – ${t(LIKERT_KEYS[value])}` }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const unanswered = survey.statements.filter((s) => !form.values.ratings[s.key]).map((s) => s.key);
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    const input = form.validate(SurveyAnswer, {
      ratings: Object.fromEntries(Object.entries(form.values.ratings).map(([key, value]) => [key, Number(value)])),
      comment: form.values.comment,
    });
    if (input) answer.mutate(input, { onError: form.showServerError });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="answer-heading">
      <Stack gap="lg">
        <Alert color="blue" icon={<IconLock aria-hidden />}>
          {t('survey.answer.anonymous', { min: survey.minResponses })}
        </Alert>
        <FormError message={form.formError} />
        {missing.length > 0 && (
          <Alert color="red" role="alert">
            {t('survey.answer.missing', { count: missing.length })}
          </Alert>
        )}
        {survey.statements.map((statement, index) => (
          <RadioFieldset
            key={statement.key}
            legend={`${index + 1}. ${statement.text}`}
            required
            horizontal
            value={form.values.ratings[statement.key] ?? null}
            onChange={(value) => {
              form.setField('ratings', { ...form.values.ratings, [statement.key]: value });
              setMissing((current) => current.filter((key) => key !== statement.key));
            }}
            options={options}
            error={missing.includes(statement.key) ? t('survey.answer.choose') : form.errors[`ratings.${statement.key}`]}
          />
        ))}
        {survey.freeTextPrompt && (
          <Textarea
            label={survey.freeTextPrompt}
            description={t('survey.answer.commentHint')}
            autosize
            minRows={3}
            maxLength={2000}
            value={form.values.comment}
            onChange={(e) => form.setField('comment', e.currentTarget.value)}
            error={form.errors.comment}
          />
        )}
        <Group>
          <Button type="submit" loading={answer.isPending}>
            {t('survey.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
