import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, type PortfolioFlows } from '../../../contracts/index.ts';
import { Chart, type ChartOption } from '../../ui/Chart.tsx';
import { Section } from '../../ui/Section.tsx';
import { CATEGORY_COLORS, FINANCE_COLORS, SERIES_COLORS } from './colors.ts';
import { useFinanceFormat } from './format.ts';

const num = { ta: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } } as const;

type FlowTeam = PortfolioFlows['teams'][number];
const spend = (team: FlowTeam) => team.byCategory.reduce((sum, c) => sum + c.amountCents, 0) + team.byService.reduce((sum, s) => sum + s.amountCents, 0);
const coreServices = (team: FlowTeam) => team.byService.reduce((sum, s) => sum + s.amountCents, 0);

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The money's way: approved budget → teams → cost categories and consumed core services, and
 * where it went as a treemap. The flows know no mandate kind; `allMandates` says so when the page
 * filters one.
 */
export function PortfolioFlowCharts({ flows, allMandates }: { flows: PortfolioFlows; allMandates: boolean }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(flows.currency);
  const teams = useMemo(
    // The buckets of all other teams and all other services are named in the UI language.
    () =>
      flows.teams.map((team) => ({
        ...team,
        teamName: team.teamId === null ? t('finance.flows.otherTeams') : team.teamName,
        byService: team.byService.map((x) => (x.serviceId === null ? { ...x, serviceName: t('finance.flows.otherServices') } : x)),
      })),
    [flows.teams, t],
  );

  const sankey = useMemo<ChartOption>(() => {
    const names = new Map<string, string>();
    const nodes: { id: string; name: string; depth: number; itemStyle: { color: string } }[] = [];
    const node = (id: string, name: string, depth: number, color: string) => {
      if (names.has(id)) return;
      names.set(id, name);
      nodes.push({ id, name, depth, itemStyle: { color } });
    };
    const links: { source: string; target: string; value: number }[] = [];
    // Depths fixed, so a team without budget still stands among the teams, not beside the budget.
    node('budget', t('finance.flows.budget'), 0, FINANCE_COLORS.budget);
    teams.forEach((team, i) => {
      const id = `team:${team.teamId ?? 'others'}`;
      node(id, team.teamName, 1, SERIES_COLORS[i % SERIES_COLORS.length]!);
      if (team.budgetCents > 0) links.push({ source: 'budget', target: id, value: team.budgetCents });
      // What a team spends beyond its budget flows in from "over budget"; what it has not spent flows out to "not spent".
      const gap = spend(team) - Math.max(0, team.budgetCents);
      if (gap > 0) {
        node('over', t('finance.flows.overBudget'), 0, FINANCE_COLORS.overrun);
        links.push({ source: 'over', target: id, value: gap });
      } else if (gap < 0) {
        node('unspent', t('finance.flows.unspent'), 2, FINANCE_COLORS.plannedBudget);
        links.push({ source: id, target: 'unspent', value: -gap });
      }
      for (const c of team.byCategory) {
        if (c.amountCents <= 0) continue;
        node(`category:${c.category}`, t(`finance.category.${c.category}`), 2, CATEGORY_COLORS[c.category]);
        links.push({ source: id, target: `category:${c.category}`, value: c.amountCents });
      }
      for (const s of team.byService) {
        if (s.amountCents <= 0) continue;
        node(`service:${s.serviceName}`, s.serviceName, 2, FINANCE_COLORS.allocated);
        links.push({ source: id, target: `service:${s.serviceName}`, value: s.amountCents });
      }
    });
    const name = (id: string) => escape(names.get(id) ?? id);
    // Nodes too thin for a line of text keep their name for the tooltip and the table.
    const smallest = links.reduce((sum, l) => (l.source === 'budget' || l.source === 'over' ? sum + l.value : sum), 0) * 0.012;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = params as unknown as { dataType?: string; data: { source?: string; target?: string }; name: string; value: number };
          if (p.dataType === 'edge' && p.data.source && p.data.target) return `${name(p.data.source)} → ${name(p.data.target)}<br/><b>${escape(money.whole(p.value))}</b>`;
          return `${name(p.name)}<br/><b>${escape(money.whole(p.value))}</b>`;
        },
      },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 230,
          top: 8,
          bottom: 8,
          nodeGap: 8,
          nodeWidth: 14,
          draggable: false,
          layoutIterations: 64,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', opacity: 0.35 },
          label: {
            color: '#212529',
            fontSize: 12,
            width: 220,
            overflow: 'truncate',
            formatter: (p: { name: string; value: unknown }) => (Number(p.value) < smallest ? '' : `${names.get(p.name) ?? p.name}  ${money.compact(Number(p.value))}`),
          },
          data: nodes,
          links,
        },
      ],
    };
  }, [teams, money, t]);
  const rightNodes = new Set(teams.flatMap((team) => [...team.byCategory.filter((c) => c.amountCents > 0).map((c) => c.category), ...team.byService.filter((x) => x.amountCents > 0).map((x) => x.serviceName)])).size;

  const treemap = useMemo<ChartOption>(() => {
    // Tiles too small for their text show it in the tooltip; the table has every figure.
    const smallest = teams.filter((team) => team.teamId !== null).reduce((sum, team) => sum + spend(team), 0) * 0.012;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = params as unknown as { name: string; value: number; treePathInfo?: { name: string }[] };
          const path = (p.treePathInfo ?? []).map((n) => n.name).filter(Boolean).join(' › ');
          return `${escape(path || p.name)}<br/><b>${escape(money.whole(p.value))}</b>`;
        },
      },
      series: [
        {
          type: 'treemap',
          name: t('finance.flows.spend'),
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          left: 0,
          right: 0,
          top: 0,
          bottom: 0,
          // A dark outline keeps white text readable on every tile colour.
          label: { show: true, formatter: (p) => (Number(p.value) < smallest ? '' : `${p.name}\n${money.compact(Number(p.value))}`), color: '#ffffff', fontSize: 12, lineHeight: 16, textBorderColor: 'rgba(0,0,0,0.6)', textBorderWidth: 2 },
          upperLabel: { show: true, height: 24, color: '#ffffff', fontWeight: 'bold', formatter: (p) => `${p.name} · ${money.compact(Number(p.value))}` },
          levels: [
            { itemStyle: { borderWidth: 0, gapWidth: 4 }, upperLabel: { show: false } },
            { itemStyle: { borderWidth: 3, gapWidth: 1 } },
            { itemStyle: { borderColor: '#ffffff', borderWidth: 1, gapWidth: 1 }, colorSaturation: [0.45, 0.75] },
          ],
          // The bucket of all other teams would squeeze the biggest spenders into slivers; the table has it.
          data: teams
            .map((team, i) => ({ team, i }))
            .filter(({ team }) => team.teamId !== null)
            .map(({ team, i }) => ({
              name: team.teamName,
              value: spend(team),
              // The team's frame in its own colour, so its name reads white on it.
              itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length], borderColor: SERIES_COLORS[i % SERIES_COLORS.length] },
              children: [
                ...team.byCategory.filter((c) => c.amountCents > 0).map((c) => ({ name: t(`finance.category.${c.category}`), value: c.amountCents })),
                ...team.byService.filter((x) => x.amountCents > 0).map((x) => ({ name: x.serviceName, value: x.amountCents })),
              ],
            }))
            .filter((team) => team.value > 0),
        },
      ],
    };
  }, [teams, money, t]);

  const bucketed = teams.some((team) => team.teamId === null);
  const hasFlows = teams.some((team) => team.budgetCents > 0 || spend(team) > 0);

  return (
    <Section id="flows" title={t('finance.flows.title')}>
      <Text size="sm" mb="sm">
        {t('finance.flows.intro')} {allMandates && t('finance.flows.allMandates')}
      </Text>
      {!hasFlows ? (
        <Text>{t('finance.flows.none')}</Text>
      ) : (
        <>
          <Stack gap="lg" mb="md">
            <Paper withBorder p="sm" radius="md">
              <Text fw={700} size="sm" mb={4}>
                {t('finance.flows.sankeyTitle')}
              </Text>
              <Chart option={sankey} label={t('finance.flows.sankeyLabel')} height={Math.max(420, rightNodes * 26, teams.length * 40)} />
            </Paper>
            <Paper withBorder p="sm" radius="md">
              <Text fw={700} size="sm" mb={4}>
                {bucketed ? t('finance.flows.treemapTitleBiggest') : t('finance.flows.treemapTitle')}
              </Text>
              <Chart option={treemap} label={t('finance.flows.treemapLabel')} height={440} />
            </Paper>
          </Stack>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped withTableBorder verticalSpacing="xs">
              <Table.Caption>{t('finance.flows.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.portfolio.team')}</Table.Th>
                  <Table.Th ta="right">{t('finance.portfolio.budget')}</Table.Th>
                  {COST_CATEGORIES.map((c) => (
                    <Table.Th key={c} ta="right">
                      {t(`finance.category.${c}`)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('finance.flows.coreServices')}</Table.Th>
                  <Table.Th ta="right">{t('finance.flows.spend')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {teams.map((team) => (
                  <Table.Tr key={team.teamId ?? 'others'}>
                    <Table.Th scope="row" fw={400}>
                      {team.teamName}
                    </Table.Th>
                    <Table.Td {...num}>{money.whole(team.budgetCents)}</Table.Td>
                    {COST_CATEGORIES.map((c) => (
                      <Table.Td key={c} {...num}>
                        {money.whole(team.byCategory.find((x) => x.category === c)?.amountCents ?? 0)}
                      </Table.Td>
                    ))}
                    <Table.Td {...num}>{money.whole(coreServices(team))}</Table.Td>
                    <Table.Td {...num} fw={600}>
                      {money.whole(spend(team))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Section>
  );
}
