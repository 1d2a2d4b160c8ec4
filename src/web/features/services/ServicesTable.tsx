import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useMoney } from '../../ui/money.ts';
import { CriticalityBadge, LifecycleBadge } from './badges.tsx';

/** A unit price with its unit, "0,45 € per policy issued"; a dash for services without a price. */
export function UnitPrice({ unit, unitPriceCents }: { unit: string | null; unitPriceCents: number | null }) {
  const { t } = useTranslation();
  const money = useMoney();
  if (unitPriceCents === null) return <>—</>;
  return <>{unit ? t('service.pricePerUnit', { price: money.cents(unitPriceCents), unit }) : money.cents(unitPriceCents)}</>;
}

export function ServicesTable({ services, withOwner = true }: { services: ServiceSummary[]; withOwner?: boolean }) {
  const { t, i18n } = useTranslation();
  if (services.length === 0) return <Text>{t('services.none')}</Text>;
  const collator = new Intl.Collator(i18n.resolvedLanguage ?? 'de', { sensitivity: 'base', numeric: true });
  const rows = [...services].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('services.count', { count: services.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('service.name')}</Table.Th>
            <Table.Th>{t('service.kind')}</Table.Th>
            {withOwner && <Table.Th>{t('service.ownerTeam')}</Table.Th>}
            <Table.Th>{t('service.criticality')}</Table.Th>
            <Table.Th>{t('service.lifecycle')}</Table.Th>
            <Table.Th ta="right">{t('service.unitPrice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Td>
                <AnchorLink to="/services/$serviceId" params={{ serviceId: service.id }} fw={600}>
                  {service.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`serviceKind.${service.kind}`)}</Table.Td>
              {withOwner && (
                <Table.Td>
                  {service.ownerTeam ? (
                    <AnchorLink to="/teams/$teamId" params={{ teamId: service.ownerTeam.id }}>
                      {service.ownerTeam.name}
                    </AnchorLink>
                  ) : (
                    <Text span size="sm" fs="italic" c="dimmed">
                      {t('service.noOwner')}
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <CriticalityBadge criticality={service.criticality} />
              </Table.Td>
              <Table.Td>
                <LifecycleBadge lifecycle={service.lifecycle} />
              </Table.Td>
              <Table.Td ta="right">
                <UnitPrice unit={service.unit} unitPriceCents={service.unitPriceCents} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
