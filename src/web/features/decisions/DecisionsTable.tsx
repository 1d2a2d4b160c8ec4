import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DecisionSummary } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useMoney } from '../../ui/money.ts';
import { useOperatingModel } from '../operating-model/hooks.ts';
import { DecisionStatusBadge } from './DecisionStatusBadge.tsx';

export function DecisionsTable({ decisions, withTeam = true }: { decisions: DecisionSummary[]; withTeam?: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  const model = useOperatingModel();
  const roleName = (key: string) => model.data?.roles.find((role) => role.key === key)?.name ?? key;
  if (decisions.length === 0) return <Text>{t('decisions.none')}</Text>;
  const rows = [...decisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('decisions.count', { count: decisions.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('decision.title')}</Table.Th>
            {withTeam && <Table.Th>{t('decision.team')}</Table.Th>}
            <Table.Th>{t('decision.category')}</Table.Th>
            <Table.Th>{t('decision.status')}</Table.Th>
            <Table.Th ta="right">{t('decision.budgetImpact')}</Table.Th>
            <Table.Th>{t('decision.waitingFor')}</Table.Th>
            <Table.Th>{t('decision.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((decision) => (
            <Table.Tr key={decision.id}>
              <Table.Td>
                <AnchorLink to="/decisions/$decisionId" params={{ decisionId: decision.id }} fw={600}>
                  {decision.title}
                </AnchorLink>
              </Table.Td>
              {withTeam && (
                <Table.Td>
                  <AnchorLink to="/teams/$teamId" params={{ teamId: decision.teamId }} size="sm">
                    {decision.teamName}
                  </AnchorLink>
                </Table.Td>
              )}
              <Table.Td>{t(`decisionCategory.${decision.category}`)}</Table.Td>
              <Table.Td>
                <DecisionStatusBadge status={decision.status} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {decision.budgetImpactCents > 0 ? money.short(decision.budgetImpactCents) : '—'}
              </Table.Td>
              <Table.Td>{decision.status === 'pending_approval' && decision.pendingRoles.length > 0 ? decision.pendingRoles.map(roleName).join(', ') : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(decision.createdAt.slice(0, 10))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
