import { SimpleGrid, Table, Text } from '@mantine/core';
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

/** The money's way: approved budget → teams → cost categories and consumed core services; and where it went, as a treemap. */
export function PortfolioFlowCharts({ flows }: { flows: PortfolioFlows }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(flows.currency);
  const teams = useMemo(
    () => flows.teams.map((team) => ({ ...team, teamName: team.teamId === null ? t('finance.flows.otherTeams') : team.teamName })),
    [flows.teams, t],
  );

  const sankey = useMemo<ChartOption>(() => {
    const names = new Map<string, string>();
    const nodes: { id: string; name: string; itemStyle: { color: string } }[] = [];
    const node = (id: string, name: string, color: string) => {
      if (names.has(id)) return;
      names.set(id, name);
      nodes.push({ id, name, itemStyle: { color } });
    };
    const links: { source: string; target: string; value: number }[] = [];
    node('budget', t('finance.flows.budget'), FINANCE_COLORS.budget);
    teams.forEach((team, i) => {
      const id = `team:${team.teamId ?? 'others'}`;
      node(id, team.teamName, SERIES_COLORS[i % SERIES_COLORS.length]!);
      if (team.budgetCents > 0) links.push({ source: 'budget', target: id, value: team.budgetCents });
      for (const c of team.byCategory) {
        if (c.amountCents <= 0) continue;
        node(`category:${c.category}`, t(`finance.category.${c.category}`), CATEGORY_COLORS[c.category]);
        links.push({ source: id, target: `category:${c.category}`, value: c.amountCents });
      }
      for (const s of team.byService) {
        if (s.amountCents <= 0) continue;
        node(`service:${s.serviceName}`, s.serviceName, FINANCE_COLORS.allocated);
        links.push({ source: id, target: `service:${s.serviceName}`, value: s.amountCents });
      }
    });
    const name = (id: string) => escape(names.get(id) ?? id);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = params as unknown as { dataType?: string; data: { source?: string; target?: string }; name: string; value: number };
          if (p.dataType === 'edge' && p.data.source && p.data.target) return `${name(p.data.source)} → ${name(p.data.target)}<br/><b>${escape(money.whole(p.value))}</b>`;
          return `${escape(p.name)}<br/><b>${escape(money.whole(p.value))}</b>`;
        },
      },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 190,
          top: 8,
          bottom: 8,
          nodeGap: 10,
          nodeWidth: 14,
          draggable: false,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', opacity: 0.35 },
          label: { color: '#212529', fontSize: 12, width: 180, overflow: 'truncate' },
          data: nodes,
          links,
        },
      ],
    };
  }, [teams, money, t]);

  const treemap = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: (params) => {
        const p = params as unknown as { name: string; value: number; treePathInfo?: { name: string }[] };
        const path = (p.treePathInfo ?? []).map((n) => n.name).filter(Boolean).join(' › ');
        return `${escape(path || p.name)}<br/><b>${escape(money.whole(p.value))}</b>`;
      } },
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
          label: { show: true, formatter: (p) => `${p.name}\n${money.compact(Number(p.value))}`, color: '#ffffff', fontSize: 12 },
          upperLabel: { show: true, height: 22, color: '#ffffff', fontWeight: 'bold' },
          levels: [
            { itemStyle: { borderColor: '#ffffff', borderWidth: 3, gapWidth: 3 } },
            { itemStyle: { borderColor: '#ffffff', borderWidth: 1, gapWidth: 1 }, colorSaturation: [0.35, 0.6] },
          ],
          data: teams
            .map((team, i) => ({
              name: team.teamName,
              value: spend(team),
              itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] },
              children: [
                ...team.byCategory.filter((c) => c.amountCents > 0).map((c) => ({ name: t(`finance.category.${c.category}`), value: c.amountCents })),
                ...team.byService.filter((s) => s.amountCents > 0).map((s) => ({ name: s.serviceName, value: s.amountCents })),
              ],
            }))
            .filter((team) => team.value > 0),
        },
      ],
    }),
    [teams, money, t],
  );

  const hasFlows = teams.some((team) => team.budgetCents > 0 || spend(team) > 0);

  return (
    <Section id="flows" title={t('finance.flows.title')}>
      <Text size="sm" mb="sm">
        {t('finance.flows.intro')}
      </Text>
      {!hasFlows ? (
        <Text>{t('finance.flows.none')}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg" mb="md">
            <div>
              <Text fw={700} size="sm" mb={4}>
                {t('finance.flows.sankeyTitle')}
              </Text>
              <Chart option={sankey} label={t('finance.flows.sankeyLabel')} height={Math.max(420, teams.length * 30)} />
            </div>
            <div>
              <Text fw={700} size="sm" mb={4}>
                {t('finance.flows.treemapTitle')}
              </Text>
              <Chart option={treemap} label={t('finance.flows.treemapLabel')} height={Math.max(420, teams.length * 30)} />
            </div>
          </SimpleGrid>
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
