import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team, TeamServices } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useMoney } from '../../ui/money.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useMe } from '../auth/hooks.ts';
import { ConsumptionTable } from '../consumption/ConsumptionTable.tsx';
import { useConsumption } from '../consumption/hooks.ts';
import { useTeamServices } from './hooks.ts';
import { ServiceFormModal } from './ServiceFormModal.tsx';
import { ServicesTable } from './ServicesTable.tsx';

function ConsumedTable({ consumed }: { consumed: TeamServices['consumed'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const format = useFormat();
  if (consumed.length === 0) return <Text>{t('teamServices.noneConsumed')}</Text>;
  const total = consumed.reduce((sum, row) => sum + row.costCents, 0);
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('service.name')}</Table.Th>
            <Table.Th ta="right">{t('consumption.quantity')}</Table.Th>
            <Table.Th ta="right">{t('teamServices.months')}</Table.Th>
            <Table.Th>{t('teamServices.lastMonth')}</Table.Th>
            <Table.Th ta="right">{t('teamServices.totalCost')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {consumed.map((row) => (
            <Table.Tr key={row.service.id}>
              <Table.Td>
                <AnchorLink to="/services/$serviceId" params={{ serviceId: row.service.id }} fw={600}>
                  {row.service.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {t(`serviceKind.${row.service.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {format.number(row.quantity, 0)}
                {row.unit && (
                  <Text size="xs" c="dimmed">
                    {row.unit}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{row.months}</Table.Td>
              <Table.Td>{money.month(row.lastMonth)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {money.cents(row.costCents)}
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

function MonthlyConsumption({ teamId }: { teamId: string }) {
  const consumption = useConsumption({ teamId });
  return <QueryState query={consumption}>{(page) => <ConsumptionTable records={page.items} show="service" />}</QueryState>;
}

/** The services a team owns and the core services it consumes, with what they cost it. */
export function TeamServicesSection({ team }: { team: Team }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const services = useTeamServices(team.id);
  const [creating, setCreating] = useState(false);
  const [monthly, setMonthly] = useState(false);

  return (
    <section aria-labelledby="services-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="services-heading">
          {t('teamServices.title')}
        </Title>
        {team.abilities.manageServices && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('services.new')}
          </Button>
        )}
      </Group>
      <QueryState query={services}>
        {(data) => (
          <Stack gap="lg">
            <div>
              <Title order={3} size="h5" mb="xs">
                {t('teamServices.owned')}
              </Title>
              {data.owned.length === 0 ? <Text>{t('teamServices.noneOwned')}</Text> : <ServicesTable services={data.owned} withOwner={false} />}
            </div>
            <div>
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5">
                  {t('teamServices.consumed')}
                </Title>
                {data.consumed.length > 0 && (
                  <Button variant="subtle" size="compact-sm" onClick={() => setMonthly((v) => !v)} aria-expanded={monthly}>
                    {monthly ? t('teamServices.hideMonthly') : t('teamServices.showMonthly')}
                  </Button>
                )}
              </Group>
              <ConsumedTable consumed={data.consumed} />
              {monthly && (
                <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
                  <MonthlyConsumption teamId={team.id} />
                </div>
              )}
            </div>
          </Stack>
        )}
      </QueryState>
      <ServiceFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        ownerTeamId={team.id}
        lockOwner={!me.abilities.createTeam}
        onSaved={(service) => void navigate({ to: '/services/$serviceId', params: { serviceId: service.id } })}
      />
    </section>
  );
}
