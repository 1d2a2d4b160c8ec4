import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../../../contracts/index.ts';

export function CadencesTable({ cadences }: { cadences: Cadence[] }) {
  const { t } = useTranslation();
  if (cadences.length === 0) return <Text>{t('model.cadences.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('model.cadences.name')}</Table.Th>
            <Table.Th>{t('model.cadences.frequency')}</Table.Th>
            <Table.Th>{t('model.cadences.description')}</Table.Th>
            <Table.Th>{t('model.cadences.participants')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cadences.map((cadence) => (
            <Table.Tr key={cadence.key}>
              <Table.Td fw={600}>{cadence.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`frequency.${cadence.frequency}`)}</Table.Td>
              <Table.Td>{cadence.description || '—'}</Table.Td>
              <Table.Td>{cadence.participants || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
