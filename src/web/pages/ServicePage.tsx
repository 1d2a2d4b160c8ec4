import { Anchor, Button, Card, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconFileImport, IconPencil } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDED_KINDS, type Service, type ServiceRef } from '../../contracts/index.ts';
import { ConsumptionForm } from '../features/consumption/ConsumptionForm.tsx';
import { ConsumptionImportModal } from '../features/consumption/ConsumptionImportModal.tsx';
import { ConsumptionTable } from '../features/consumption/ConsumptionTable.tsx';
import { useConsumption } from '../features/consumption/hooks.ts';
import { monthsBack } from '../ui/money.ts';
import { CriticalityBadge, KindBadge, LifecycleBadge } from '../features/services/badges.tsx';
import { useService } from '../features/services/hooks.ts';
import { ServiceFormModal } from '../features/services/ServiceFormModal.tsx';
import { UnitPrice } from '../features/services/ServicesTable.tsx';
import { Detail } from '../ui/Detail.tsx';
import { AnchorLink } from '../ui/links.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';

const route = getRouteApi('/_app/services/$serviceId');

export function ServicePage() {
  const { serviceId } = route.useParams();
  const service = useService(serviceId);
  return <QueryState query={service}>{(data) => <ServiceView service={data} />}</QueryState>;
}

function Section({ id, title, actions, children }: { id: string; title: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={`${id}-heading`}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </section>
  );
}

function ServiceRefs({ refs, empty }: { refs: ServiceRef[]; empty: string }) {
  if (refs.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <List spacing={4} listStyleType="none" ml={0} pl={0}>
      {refs.map((ref) => (
        <List.Item key={ref.id}>
          <Group gap="xs" wrap="nowrap">
            <AnchorLink to="/services/$serviceId" params={{ serviceId: ref.id }} fw={600}>
              {ref.name}
            </AnchorLink>
            <LifecycleBadge lifecycle={ref.lifecycle} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function ServiceView({ service }: { service: Service }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const provided = PROVIDED_KINDS.includes(service.kind);

  return (
    <>
      <PageHeader
        title={service.name}
        actions={
          service.abilities.update && (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Group gap="xs" mt="xs">
          <KindBadge kind={service.kind} size="md" />
          <LifecycleBadge lifecycle={service.lifecycle} size="md" />
          <CriticalityBadge criticality={service.criticality} size="md" />
        </Group>
      </PageHeader>

      <Stack gap="xl">
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, xs: 2, md: provided ? 5 : 4 }}>
            <Detail label={t('service.ownerTeam')}>
              {service.ownerTeam ? (
                <AnchorLink to="/teams/$teamId" params={{ teamId: service.ownerTeam.id }} fw={600}>
                  {service.ownerTeam.name}
                </AnchorLink>
              ) : (
                <Text span fs="italic">
                  {t('service.noOwner')}
                </Text>
              )}
            </Detail>
            <Detail label={t('service.kind')}>{t(`serviceKind.${service.kind}`)}</Detail>
            <Detail label={t('service.criticality')}>{t(`criticality.${service.criticality}`)}</Detail>
            <Detail label={t('service.lifecycle')}>{t(`serviceLifecycle.${service.lifecycle}`)}</Detail>
            {provided && (
              <Detail label={t('service.unitPrice')}>
                <Text fw={700} component="span">
                  <UnitPrice unit={service.unit} unitPriceCents={service.unitPriceCents} />
                </Text>
              </Detail>
            )}
          </SimpleGrid>
        </Card>

        <Section id="description" title={t('service.description')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{service.description || '—'}</Text>
        </Section>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Section id="depends-on" title={t('service.dependsOn')}>
            <ServiceRefs refs={service.dependsOn} empty={t('service.dependsOnNone')} />
          </Section>
          <Section id="used-by" title={t('service.usedBy')}>
            <ServiceRefs refs={service.usedBy} empty={t('service.usedByNone')} />
          </Section>
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Section id="service-levels" title={t('service.serviceLevels')}>
            {service.serviceLevels.length === 0 ? (
              <Text size="sm">{t('service.noServiceLevels')}</Text>
            ) : (
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('service.levelName')}</Table.Th>
                    <Table.Th>{t('service.levelTarget')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {service.serviceLevels.map((level, index) => (
                    <Table.Tr key={index}>
                      <Table.Td>{level.name}</Table.Td>
                      <Table.Td fw={600}>{level.target}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
          <Section id="links" title={t('links.title')}>
            {service.links.length === 0 ? (
              <Text size="sm">{t('links.none')}</Text>
            ) : (
              <List spacing={4}>
                {service.links.map((link, index) => (
                  <List.Item key={index}>
                    <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
                      {link.label} <IconExternalLink size={14} aria-hidden />
                      <VisuallyHidden>({t('links.external')})</VisuallyHidden>
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Section>
        </SimpleGrid>

        {provided && (
          <Section
            id="consumption"
            title={t('consumption.title')}
            actions={
              service.abilities.recordConsumption && (
                <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
                  {t('consumption.import.action')}
                </Button>
              )
            }
          >
            <Stack>
              {service.abilities.recordConsumption && (
                <Paper withBorder p="md">
                  <Title order={3} size="h5" mb="xs">
                    {t('consumption.record.title')}
                  </Title>
                  <ConsumptionForm service={service} />
                </Paper>
              )}
              <ServiceConsumption serviceId={service.id} />
            </Stack>
          </Section>
        )}
      </Stack>

      <ServiceFormModal opened={editing} onClose={() => setEditing(false)} service={service} />
      <ConsumptionImportModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}

function ServiceConsumption({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  // The last twelve months by default: enough for a year's view without a table of years.
  const [all, setAll] = useState(false);
  const consumption = useConsumption({ serviceId, from: all ? undefined : monthsBack(11) });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm">{all ? t('consumption.allMonths') : t('consumption.lastYear')}</Text>
        <Button variant="subtle" size="compact-sm" onClick={() => setAll((v) => !v)}>
          {all ? t('consumption.showLastYear') : t('consumption.showAll')}
        </Button>
      </Group>
      <QueryState query={consumption}>{(page) => <ConsumptionTable records={page.items} show="team" />}</QueryState>
    </Stack>
  );
}
