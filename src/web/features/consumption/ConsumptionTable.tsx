import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsumptionRecord } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useMoney } from '../../ui/money.ts';
import { UnitPrice } from '../services/ServicesTable.tsx';

type Props = {
  records: ConsumptionRecord[];
  /** Which side to name in each row: the consuming team (on a service) or the service (on a team). */
  show: 'team' | 'service';
};

/** Quantities per team × service × month with the price that applied and the resulting cost. */
export function ConsumptionTable({ records, show }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  if (records.length === 0) return <Text>{t('consumption.none')}</Text>;
  const rows = [...records].sort((a, b) => b.month.localeCompare(a.month) || (show === 'team' ? a.teamName : a.serviceName).localeCompare(show === 'team' ? b.teamName : b.serviceName));
  const total = records.reduce((sum, record) => sum + record.costCents, 0);
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('consumption.month')}</Table.Th>
            <Table.Th>{show === 'team' ? t('consumption.team') : t('consumption.service')}</Table.Th>
            <Table.Th ta="right">{t('consumption.quantity')}</Table.Th>
            <Table.Th ta="right">{t('service.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('consumption.cost')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{money.month(record.month)}</Table.Td>
              <Table.Td>
                {show === 'team' ? (
                  <AnchorLink to="/teams/$teamId" params={{ teamId: record.teamId }} size="sm">
                    {record.teamName}
                  </AnchorLink>
                ) : (
                  <AnchorLink to="/services/$serviceId" params={{ serviceId: record.serviceId }} size="sm">
                    {record.serviceName}
                  </AnchorLink>
                )}
              </Table.Td>
              <Table.Td ta="right">{format.number(record.quantity, 0)}</Table.Td>
              <Table.Td ta="right">
                <UnitPrice unit={record.unit} unitPriceCents={record.unitPriceCents} />
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {money.cents(record.costCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>{t('consumption.total')}</Table.Th>
            <Table.Th ta="right">{money.cents(total)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
