import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalsPortfolio, OrganizationGoals } from '../../../contracts/index.ts';
import { Chart, type ChartOption } from '../../ui/Chart.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { Section } from '../../ui/Section.tsx';
import { ChartSection } from '../finance/ChartSection.tsx';
import { useGoalsFormat } from './format.ts';
import { useOrganizationGoals } from './hooks.ts';
import { KeyResultModal } from './KeyResultModal.tsx';
import { ObjectiveCard } from './ObjectiveCard.tsx';
import { ObjectiveModal } from './ObjectiveModal.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { useQuarterName } from './QuarterPicker.tsx';
import { STATUS_COLORS, StatusBadge } from './StatusBadge.tsx';

/** The organization objectives' attainment as bars, with the same figures in a table. */
export function OrgAttainmentChart({ portfolio }: { portfolio: GoalsPortfolio }) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const quarterName = useQuarterName();
  const objectives = portfolio.orgObjectives;
  const option = useMemo<ChartOption>(() => {
    const rows = [...objectives].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => format.progress(Number(value) / 100) },
      grid: { left: 16, right: 56, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (value: number) => format.progress(value / 100) } },
      yAxis: { type: 'category', data: rows.map((o) => o.title), axisLabel: { width: 220, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('goals.attainment'),
          barMaxWidth: 28,
          label: { show: true, position: 'right', formatter: (p) => format.progress(rows[p.dataIndex]?.attainment ?? null), color: '#1a1b1e' },
          data: rows.map((o) => ({
            value: o.attainment === null ? 0 : Math.min(1, Math.max(0, o.attainment)) * 100,
            itemStyle: { color: STATUS_COLORS[o.status].background, borderColor: STATUS_COLORS[o.status].border, borderWidth: 1 },
          })),
        },
      ],
    };
  }, [objectives, format, t]);

  return (
    <ChartSection
      id="org-attainment"
      title={t('goals.org.attainmentTitle')}
      intro={t('goals.org.attainmentIntro')}
      empty={objectives.length === 0 ? t('goals.org.none') : null}
      chart={<Chart option={option} label={t('goals.org.chartLabel', { quarter: quarterName(portfolio.quarter) })} height={Math.max(160, objectives.length * 44 + 40)} />}
      table={
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('goals.org.tableCaption', { quarter: quarterName(portfolio.quarter) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('goals.org.objective')}</Table.Th>
                <Table.Th>{t('goals.kr.status')}</Table.Th>
                <Table.Th ta="right">{t('goals.attainment')}</Table.Th>
                <Table.Th ta="right">{t('goals.kr.plural')}</Table.Th>
                <Table.Th ta="right">{t('goals.org.contributingTeams')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {objectives.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor href={`#objective-${o.id}`} size="sm">
                      {o.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <StatusBadge status={o.status} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.progress(o.attainment)}
                  </Table.Td>
                  <Table.Td ta="right">{o.keyResults}</Table.Td>
                  <Table.Td ta="right">{o.contributingTeams}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

/** Every organization objective of the quarter in full: its own key results and the team objectives that contribute to it. */
export function OrgObjectivesSection({ quarter, canManage }: { quarter: string; canManage: boolean }) {
  const { t } = useTranslation();
  const organization = useOrganizationGoals(quarter);
  const [creating, setCreating] = useState(false);
  return (
    <Section
      id="org-objectives"
      title={t('goals.org.title')}
      actions={
        canManage && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('goals.org.action')}
          </Button>
        )
      }
    >
      <QueryState query={organization}>{(data) => <OrgObjectiveCards organization={data} />}</QueryState>
      <ObjectiveModal teamId={null} quarter={quarter} orgObjectives={[]} opened={creating} onClose={() => setCreating(false)} />
    </Section>
  );
}

function OrgObjectiveCards({ organization }: { organization: OrganizationGoals }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const [editingKr, setEditingKr] = useState<string | null>(null);
  const objective = organization.objectives.find((o) => o.id === editing) ?? null;
  const addTo = organization.objectives.find((o) => o.id === addingTo) ?? null;
  const krObjective = organization.objectives.find((o) => o.keyResults.some((k) => k.id === editingKr)) ?? null;
  const keyResult = krObjective?.keyResults.find((k) => k.id === editingKr) ?? null;

  if (organization.objectives.length === 0) return <Text>{t('goals.org.none')}</Text>;
  return (
    <Stack gap="lg">
      {organization.objectives.map((o) => (
        <ObjectiveCard
          key={o.id}
          objective={o}
          expandedKeyResult={expanded}
          onToggleKeyResult={(id) => setExpanded((current) => (current === id ? null : id))}
          onEdit={() => setEditing(o.id)}
          onAddKeyResult={() => setAddingTo(o.id)}
          onEditKeyResult={setEditingKr}
        >
          <Contributors objective={o} quarter={organization.quarter} />
        </ObjectiveCard>
      ))}
      <ObjectiveModal teamId={null} quarter={organization.quarter} objective={objective} orgObjectives={[]} opened={objective !== null} onClose={() => setEditing(null)} />
      {addTo && <KeyResultModal objective={addTo} opened onClose={() => setAddingTo(null)} />}
      {krObjective && keyResult && <KeyResultModal objective={krObjective} keyResult={keyResult} opened onClose={() => setEditingKr(null)} />}
    </Stack>
  );
}

function Contributors({ objective, quarter }: { objective: OrganizationGoals['objectives'][number]; quarter: string }) {
  const { t } = useTranslation();
  const headingId = `contributors-${objective.id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb="xs">
        {t('goals.org.contributors', { count: objective.contributors.length })}
      </Title>
      <Group gap="sm" wrap="nowrap" maw={560} mb={4}>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
          {t('goals.org.contributionAttainment')}
        </Text>
        <ProgressBar progress={objective.contributionAttainment} status={objective.contributionStatus} />
        <StatusBadge status={objective.contributionStatus} />
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('goals.org.contributionHint')}
      </Text>
      {objective.contributors.length === 0 ? (
        <Text size="sm">{t('goals.org.noContributors')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('goals.org.contributorsCaption', { objective: objective.title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('goals.portfolio.team')}</Table.Th>
                <Table.Th>{t('goals.org.teamObjective')}</Table.Th>
                <Table.Th>{t('goals.attainment')}</Table.Th>
                <Table.Th>{t('goals.kr.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {objective.contributors.map((c) => (
                <Table.Tr key={c.objectiveId}>
                  <Table.Td>
                    <AnchorLink to="/teams/$teamId/goals" params={{ teamId: c.teamId }} search={{ quarter }} fw={600}>
                      {c.teamName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{c.title}</Table.Td>
                  <Table.Td miw={180}>
                    <ProgressBar progress={c.attainment} status={c.status} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={c.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
