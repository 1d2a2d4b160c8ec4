import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { byStatus, membershipStatus, MembershipStatusBadge } from '../../ui/MembershipStatusBadge.tsx';

type Props = {
  memberships: Membership[];
  /** Shown when the user may end memberships; called with the row's membership. */
  onEnd?: (membership: Membership) => void;
};

export function MembersTable({ memberships, onEnd }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (memberships.length === 0) return <Text>{t('membership.none')}</Text>;

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('membership.person')}</Table.Th>
            <Table.Th>{t('person.discipline')}</Table.Th>
            <Table.Th>{t('person.side')}</Table.Th>
            <Table.Th>{t('membership.role')}</Table.Th>
            <Table.Th ta="right">{t('membership.allocation')}</Table.Th>
            <Table.Th>{t('membership.startDate')}</Table.Th>
            <Table.Th>{t('membership.endDate')}</Table.Th>
            <Table.Th>{t('membership.statusLabel')}</Table.Th>
            {onEnd && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...memberships].sort((a, b) => byStatus(a, b) || a.personName.localeCompare(b.personName)).map((m) => {
            const ended = membershipStatus(m) === 'ended';
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <AnchorLink to="/people/$personId" params={{ personId: m.personId }}>
                    {m.personName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{t(`discipline.${m.discipline}`)}</Table.Td>
                <Table.Td>{t(`side.${m.side}`)}</Table.Td>
                <Table.Td>{m.role}</Table.Td>
                <Table.Td ta="right">{format.percent(m.allocation)}</Table.Td>
                <Table.Td>{format.date(m.startDate)}</Table.Td>
                <Table.Td>{m.endDate ? format.date(m.endDate) : t('membership.openEnded')}</Table.Td>
                <Table.Td>
                  <MembershipStatusBadge membership={m} />
                </Table.Td>
                {onEnd && (
                  <Table.Td>
                    {!ended && (
                      <Button size="xs" variant="default" onClick={() => onEnd(m)} aria-label={t('membership.end.labelFor', { name: m.personName })}>
                        {t('membership.end.action')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
