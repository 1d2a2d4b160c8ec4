import { Alert, Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIKERT, type GroupResult, type Survey, type SurveyResults } from '../../../contracts/index.ts';
import { Chart, LIKERT_COLORS, type ChartOption } from '../../ui/Chart.tsx';
import { useFormat } from '../../ui/format.ts';
import { LIKERT_KEYS } from './likert.ts';

/** The overall result and one per team; groups below the minimum say only that. */
export function SurveyResultsView({ survey, results }: { survey: Survey; results: SurveyResults }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <ResultGroup id="overall" title={t('survey.results.overall')} survey={survey} result={results.overall} />
      {/* One team, or nothing to show anywhere yet: the overall notice says it all. */}
      {results.teams.length > 1 &&
        !(results.overall.suppressed && results.teams.every((team) => team.result.suppressed)) &&
        results.teams.map((team) => <ResultGroup key={team.teamId} id={team.teamId} title={team.teamName} survey={survey} result={team.result} />)}
    </Stack>
  );
}

export function SuppressedNotice({ min }: { min: number }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" icon={<IconEyeOff aria-hidden />}>
      {t('survey.results.suppressed', { min })}
    </Alert>
  );
}

function ResultGroup({ id, title, survey, result }: { id: string; title: string; survey: Survey; result: GroupResult }) {
  const { t } = useTranslation();
  const headingId = `results-${id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {title}
        {!result.suppressed && (
          <Text span fw={400} size="sm">
            {' '}
            · {t('survey.results.responses', { count: result.responses })}
          </Text>
        )}
      </Title>
      {result.suppressed ? <SuppressedNotice min={result.minResponses} /> : <GroupView title={title} survey={survey} result={result} />}
    </section>
  );
}

/** A statement's number in the survey, as the answer form shows it. */
const numberOf = (survey: Survey, key: string) => `${survey.statements.findIndex((s) => s.key === key) + 1}`;

type Shown = Extract<GroupResult, { suppressed: false }>;

function GroupView({ title, survey, result }: { title: string; survey: Survey; result: Shown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const textOf = (key: string) => survey.statements.find((s) => s.key === key)?.text ?? key;
  const numbered = (key: string) => numberOf(survey, key);
  const option = useMemo<ChartOption>(() => {
    const statements = [...result.statements].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: statements.map((s) => `${numberOf(survey, s.key)} · Ø ${format.number(s.mean)}`),
      },
      series: LIKERT.map((value) => ({
        type: 'bar',
        stack: 'answers',
        name: t(LIKERT_KEYS[value]),
        itemStyle: { color: LIKERT_COLORS[value - 1] },
        data: statements.map((s) => s.distribution[value - 1] ?? 0),
      })),
    };
  }, [result, survey, t, format]);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <Chart option={option} label={t('survey.results.chartLabel', { group: title })} height={Math.max(200, 60 + result.statements.length * 48)} />
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('survey.results.tableCaption', { group: title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('survey.results.statement')}</Table.Th>
                <Table.Th ta="right">{t('survey.results.mean')}</Table.Th>
                {LIKERT.map((value) => (
                  <Table.Th key={value} ta="right">
                    <abbr title={t(LIKERT_KEYS[value])}>{value}</abbr>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.statements.map((statement) => (
                <Table.Tr key={statement.key}>
                  <Table.Th scope="row" fw={400}>
                    {numbered(statement.key)}. {textOf(statement.key)}
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {format.number(statement.mean)}
                  </Table.Td>
                  {statement.distribution.map((count, i) => (
                    <Table.Td key={i} ta="right">
                      {count}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SimpleGrid>
      {result.comments.length > 0 && (
        <Card withBorder padding="md">
          <Title order={4} size="h5" mb="xs">
            {t('survey.results.comments', { count: result.comments.length })}
          </Title>
          <List spacing="xs" size="sm">
            {result.comments.map((comment, i) => (
              <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {comment}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
