import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/hooks.ts';
import { ButtonLink } from '../../ui/links.tsx';
import { useOrganizationGoals } from './hooks.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useQuarterName } from './QuarterPicker.tsx';

/**
 * The organization objectives of the current quarter for everyone on the portfolio page: what the
 * organization aims at, and how far it and the teams contributing to it have come. Nothing while there are none.
 */
export function OrgObjectivesOverview() {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const me = useMe();
  const organization = useOrganizationGoals(undefined);
  if (!organization.data || organization.data.objectives.length === 0) return null;
  const { quarter, objectives } = organization.data;

  return (
    <section aria-labelledby="org-objectives-overview-heading">
      <Paper withBorder p="md" radius="md" mb="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="org-objectives-overview-heading">
            {t('goals.org.overviewTitle', { quarter: quarterName(quarter) })}
          </Title>
          {me.abilities.readPortfolioGoals && (
            <ButtonLink to="/goals" search={{ quarter }} variant="default" rightSection={<IconArrowRight size={16} aria-hidden />}>
              {t('goals.org.open')}
            </ButtonLink>
          )}
        </Group>
        <Text size="sm" mb="sm">
          {t('goals.org.overviewIntro')}
        </Text>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {objectives.map((o) => (
            <Group component="li" key={o.id} gap="sm" wrap="wrap">
              <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {o.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('goals.org.contributors', { count: o.contributors.length })}
                  {o.contributors.length > 0 && `: ${o.contributors.map((c) => c.teamName).join(', ')}`}
                </Text>
              </div>
              <ProgressBar progress={o.contributionAttainment} status={o.contributionStatus} width={240} />
              <StatusBadge status={o.contributionStatus} />
            </Group>
          ))}
        </Stack>
      </Paper>
    </section>
  );
}
