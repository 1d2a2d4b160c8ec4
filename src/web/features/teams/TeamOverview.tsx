import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sideOf, type Team } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { ShareBar } from '../../ui/ShareBar.tsx';

type Lead = NonNullable<Team['businessLead']>;

function LeadCard({ label, lead }: { label: string; lead: Lead | null }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text size="sm" fw={700} c="dimmed">
        {label}
      </Text>
      {lead ? (
        <>
          <AnchorLink to="/people/$personId" params={{ personId: lead.id }} fw={600} size="lg">
            {lead.name}
          </AnchorLink>
          <Text size="sm">
            {t(`discipline.${lead.discipline}`)} · {t(`side.${sideOf(lead.discipline)}`)}
          </Text>
        </>
      ) : (
        <Text fs="italic">{t('team.noLead')}</Text>
      )}
    </Card>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600} component="div">
        {children}
      </Text>
    </div>
  );
}

/** Who the team is and what it is for: mandate, leadership and size. */
export function TeamOverview({ team }: { team: Team }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('team.fields.mission')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{team.mission || '—'}</Text>
          <Title order={2} size="h4">
            {t('team.mandate')}
          </Title>
          <Text fw={600}>{t(`mandateKind.${team.mandateKind}`)}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{team.mandateScope || '—'}</Text>
          <Title order={2} size="h4">
            {t('team.fields.customerSegment')}
          </Title>
          <Text>{team.customerSegment || '—'}</Text>
        </Stack>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('team.leadership')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <LeadCard label={t('team.businessLead')} lead={team.businessLead} />
            <LeadCard label={t('team.itLead')} lead={team.itLead} />
          </SimpleGrid>
          <Group gap="xl" mt="sm">
            <Figure label={t('team.headcount')}>{team.headcount}</Figure>
            <Figure label={t('team.fte')}>{format.number(team.fte)}</Figure>
            <Figure label={t('team.mixLong')}>
              <ShareBar businessShare={team.businessShare} width={96} />
            </Figure>
          </Group>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
