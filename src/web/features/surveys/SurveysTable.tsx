import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { SurveyStatusBadge } from './SurveyStatusBadge.tsx';

export function SurveysTable({ surveys }: { surveys: Survey[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (surveys.length === 0) return <Text>{t('survey.list.none')}</Text>;
  const rows = [...surveys].sort((a, b) => b.opensOn.localeCompare(a.opensOn) || a.title.localeCompare(b.title));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('survey.list.count', { count: surveys.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('survey.title')}</Table.Th>
            <Table.Th>{t('survey.status')}</Table.Th>
            <Table.Th>{t('survey.window')}</Table.Th>
            <Table.Th>{t('survey.teams')}</Table.Th>
            <Table.Th ta="right">{t('survey.responses')}</Table.Th>
            <Table.Th>{t('survey.mine')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((survey) => (
            <Table.Tr key={survey.id}>
              <Table.Td>
                <AnchorLink to="/surveys/$surveyId" params={{ surveyId: survey.id }} fw={600}>
                  {survey.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <SurveyStatusBadge status={survey.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.date(survey.opensOn)} – {format.date(survey.closesOn)}
              </Table.Td>
              <Table.Td>{survey.teams.map((team) => team.name).join(', ')}</Table.Td>
              <Table.Td ta="right">{survey.responses}</Table.Td>
              <Table.Td>{survey.answeredByMe ? t('survey.answered') : survey.canAnswer ? t('survey.canAnswer') : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
