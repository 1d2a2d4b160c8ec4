import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { byStatus, MembershipStatusBadge } from '../../ui/MembershipStatusBadge.tsx';

/** The teams a person belongs or belonged to. */
export function PersonMemberships({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (memberships.length === 0) return <Text>{t('person.noMemberships')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('membership.team')}</Table.Th>
            <Table.Th>{t('membership.role')}</Table.Th>
            <Table.Th ta="right">{t('membership.allocation')}</Table.Th>
            <Table.Th>{t('membership.startDate')}</Table.Th>
            <Table.Th>{t('membership.endDate')}</Table.Th>
            <Table.Th>{t('membership.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...memberships].sort(byStatus).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <AnchorLink to="/teams/$teamId" params={{ teamId: m.teamId }} fw={600}>
                  {m.teamName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{m.role}</Table.Td>
              <Table.Td ta="right">{format.percent(m.allocation)}</Table.Td>
              <Table.Td>{format.date(m.startDate)}</Table.Td>
              <Table.Td>{m.endDate ? format.date(m.endDate) : t('membership.openEnded')}</Table.Td>
              <Table.Td>
                <MembershipStatusBadge membership={m} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
