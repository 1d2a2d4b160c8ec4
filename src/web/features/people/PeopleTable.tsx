import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';

export function PeopleTable({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (people.length === 0) return <Text>{t('common.nothingFound')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('people.count', { count: people.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('person.name')}</Table.Th>
            <Table.Th>{t('person.jobTitle')}</Table.Th>
            <Table.Th>{t('person.discipline')}</Table.Th>
            <Table.Th>{t('person.side')}</Table.Th>
            <Table.Th>{t('person.email')}</Table.Th>
            <Table.Th ta="right">{t('person.allocation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <AnchorLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
                  {person.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{person.jobTitle || '—'}</Table.Td>
              <Table.Td>{t(`discipline.${person.discipline}`)}</Table.Td>
              <Table.Td>{t(`side.${person.side}`)}</Table.Td>
              <Table.Td>{person.email}</Table.Td>
              <Table.Td ta="right" c={person.allocation > 100 ? 'red.9' : undefined}>
                {format.percent(person.allocation)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
