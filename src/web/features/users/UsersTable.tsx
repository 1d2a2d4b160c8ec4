import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { usePeople } from '../people/hooks.ts';

export function UsersTable({ users, onEdit }: { users: User[]; onEdit: (user: User) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = usePeople();
  const nameOf = new Map((people.data?.items ?? []).map((person) => [person.id, person.name]));
  if (users.length === 0) return <Text>{t('users.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.displayName')}</Table.Th>
            <Table.Th>{t('users.email')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.person')}</Table.Th>
            <Table.Th>{t('users.status.label')}</Table.Th>
            <Table.Th>{t('users.createdAt')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td fw={600}>{user.displayName}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`orgRole.${user.role}`)}</Table.Td>
              <Table.Td>
                {user.personId ? (
                  <AnchorLink to="/people/$personId" params={{ personId: user.personId }} size="sm">
                    {nameOf.get(user.personId) ?? t('users.linkedPerson')}
                  </AnchorLink>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={user.disabled ? 'gray.7' : 'teal.9'}>
                  {user.disabled ? t('users.status.disabled') : t('users.status.active')}
                </Badge>
              </Table.Td>
              <Table.Td>{format.dateTime(user.createdAt)}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => onEdit(user)} aria-label={t('users.edit.labelFor', { name: user.displayName })}>
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
