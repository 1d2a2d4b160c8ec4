import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/hooks.ts';
import { useSurveys } from '../features/surveys/hooks.ts';
import { SurveyCreateModal } from '../features/surveys/SurveyCreateModal.tsx';
import { SurveysTable } from '../features/surveys/SurveysTable.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

export function SurveysPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const surveys = useSurveys();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('survey.list.title')}
        actions={
          me.abilities.manageChange && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('survey.create.action')}
            </Button>
          )
        }
      >
        <Text mt={4}>{t('survey.list.intro')}</Text>
      </PageHeader>
      <QueryState query={surveys}>{({ items }) => <SurveysTable surveys={items} />}</QueryState>
      <SurveyCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(survey) => void navigate({ to: '/surveys/$surveyId', params: { surveyId: survey.id } })}
      />
    </>
  );
}
