import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../contracts/index.ts';
import { isApiError } from '../app/api.ts';
import { useSurvey, useSurveyResults } from '../features/surveys/hooks.ts';
import { SurveyAnswerForm } from '../features/surveys/SurveyAnswerForm.tsx';
import { SuppressedNotice, SurveyResultsView } from '../features/surveys/SurveyResultsView.tsx';
import { SurveyStatusBadge } from '../features/surveys/SurveyStatusBadge.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useFormat } from '../ui/format.ts';
import { AnchorLink } from '../ui/links.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

const route = getRouteApi('/_app/surveys/$surveyId');

export function SurveyPage() {
  const { surveyId } = route.useParams();
  const survey = useSurvey(surveyId);
  return <QueryState query={survey}>{(data) => <SurveyView survey={data} />}</QueryState>;
}

function SurveyView({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageHeader title={survey.title}>
        <Group gap="sm" mt="xs">
          <SurveyStatusBadge status={survey.status} />
          <Text size="sm">
            {format.date(survey.opensOn)} – {format.date(survey.closesOn)} · {survey.teams.map((team) => team.name).join(', ')}
          </Text>
        </Group>
        <Text size="sm" mt={4}>
          <AnchorLink to="/change/surveys" size="sm">
            {t('survey.list.back')}
          </AnchorLink>
        </Text>
      </PageHeader>
      <Stack gap="xl">
        {survey.intro && <Text style={{ whiteSpace: 'pre-wrap' }}>{survey.intro}</Text>}
        <Section id="answer" title={t('survey.answer.title')}>
          <AnswerState survey={survey} />
        </Section>
        <Section id="results" title={t('survey.results.title')}>
          <Results survey={survey} />
        </Section>
      </Stack>
    </>
  );
}

function AnswerState({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (survey.answeredByMe)
    return (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('survey.answer.thanksTitle')} role="status">
        {t('survey.answer.thanks')}
      </Alert>
    );
  if (survey.canAnswer) return <SurveyAnswerForm survey={survey} />;
  const reason =
    survey.status === 'scheduled'
      ? t('survey.answer.notYet', { date: format.date(survey.opensOn) })
      : survey.status === 'closed'
        ? t('survey.answer.closed', { date: format.date(survey.closesOn) })
        : t('survey.answer.notInvited');
  return (
    <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
      {reason}
    </Alert>
  );
}

function Results({ survey }: { survey: Survey }) {
  const results = useSurveyResults(survey.id);
  if (results.isError && isApiError(results.error) && results.error.code === 'below_anonymity_threshold') return <SuppressedNotice min={survey.minResponses} />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  return <QueryState query={results}>{(data) => <SurveyResultsView survey={survey} results={data} />}</QueryState>;
}
