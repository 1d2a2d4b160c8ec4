import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAGES, type TeamSummary } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { ShareBar } from '../../ui/ShareBar.tsx';
import { SortableTh, sortItems, type SortDirection } from '../../ui/SortableTh.tsx';
import { StageBadge } from '../../ui/StageBadge.tsx';

export const TEAM_SORT_COLUMNS = ['name', 'kind', 'mandate', 'stage', 'businessLead', 'itLead', 'headcount', 'fte', 'mix'] as const;
export type TeamSortColumn = (typeof TEAM_SORT_COLUMNS)[number];

type Props = {
  teams: TeamSummary[];
  sortBy: TeamSortColumn;
  direction: SortDirection;
  onSort: (column: TeamSortColumn) => void;
};

export function TeamsTable({ teams, sortBy, direction, onSort }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();

  const sortKey: Record<TeamSortColumn, (team: TeamSummary) => string | number | null> = {
    name: (team) => team.name,
    kind: (team) => t(`teamKind.${team.kind}`),
    mandate: (team) => t(`mandateKind.${team.mandateKind}`),
    stage: (team) => STAGES.indexOf(team.stage), // lifecycle order, not alphabetical
    businessLead: (team) => team.businessLead?.name ?? null,
    itLead: (team) => team.itLead?.name ?? null,
    headcount: (team) => team.headcount,
    fte: (team) => team.fte,
    mix: (team) => team.businessShare,
  };
  const rows = sortItems(teams, sortKey[sortBy], direction, i18n.resolvedLanguage ?? 'de');
  const th = (column: TeamSortColumn, label: string, numeric = false) => (
    <SortableTh column={column} sortBy={sortBy} direction={direction} onSort={onSort} numeric={numeric}>
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('portfolio.count', { count: teams.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th('name', t('team.fields.name'))}
            {th('kind', t('team.kind'))}
            {th('mandate', t('team.mandate'))}
            {th('stage', t('team.stage'))}
            {th('businessLead', t('team.businessLead'))}
            {th('itLead', t('team.itLead'))}
            {th('headcount', t('team.headcount'), true)}
            {th('fte', t('team.fte'), true)}
            {th('mix', t('team.mix'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((team) => (
            <Table.Tr key={team.id}>
              <Table.Td>
                <AnchorLink to="/teams/$teamId" params={{ teamId: team.id }} fw={600}>
                  {team.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`teamKind.${team.kind}`)}</Table.Td>
              <Table.Td>{t(`mandateKind.${team.mandateKind}`)}</Table.Td>
              <Table.Td>
                <StageBadge stage={team.stage} size="sm" />
              </Table.Td>
              <Table.Td>{team.businessLead?.name ?? <Missing />}</Table.Td>
              <Table.Td>{team.itLead?.name ?? <Missing />}</Table.Td>
              <Table.Td ta="right">{team.headcount}</Table.Td>
              <Table.Td ta="right">{format.number(team.fte)}</Table.Td>
              <Table.Td>
                <ShareBar businessShare={team.businessShare} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Missing() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="dimmed" fs="italic">
      {t('team.noLead')}
    </Text>
  );
}
