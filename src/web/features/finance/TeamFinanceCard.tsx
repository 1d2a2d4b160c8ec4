import { Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../ui/links.tsx';
import { Detail } from '../../ui/Detail.tsx';
import { useFinanceFormat } from './format.ts';
import { useTeamFinance } from './hooks.ts';

/**
 * The team's money in four figures on its page, with the way to its finance page. Shows nothing to
 * someone who may not see the team's numbers (the API answers 403).
 */
export function TeamFinanceCard({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const finance = useTeamFinance(teamId, {});
  const money = useFinanceFormat(finance.data?.currency);
  if (!finance.data) return null;
  const { forecast, totals } = finance.data;

  return (
    <section aria-labelledby="finance-card-heading">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Group gap="sm">
            <Title order={2} size="h3" id="finance-card-heading">
              {t('finance.card.title')}
            </Title>
            {forecast.overrun && (
              <Badge color="red.9" variant="filled">
                {t('finance.card.overrun', { amount: money.whole(forecast.overrunCents) })}
              </Badge>
            )}
          </Group>
          <ButtonLink to="/teams/$teamId/finance" params={{ teamId }} variant="default" rightSection={<IconArrowRight size={16} aria-hidden />}>
            {t('finance.card.open')}
          </ButtonLink>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
          <Detail label={t('finance.kpi.budget')}>{money.whole(forecast.budgetCents)}</Detail>
          <Detail label={t('finance.kpi.actualToDate')}>{money.whole(forecast.actualToDateCents)}</Detail>
          <Detail label={t('finance.kpi.forecast')}>
            <Text span inherit c={forecast.overrun ? 'red.9' : undefined} fw={forecast.overrun ? 700 : undefined}>
              {money.whole(forecast.forecastCents)}
            </Text>
          </Detail>
          <Detail label={t('finance.kpi.revenue')}>{money.whole(totals.revenueCents)}</Detail>
          <Detail label={t('finance.kpi.margin')}>
            <Text span inherit c={totals.marginCents < 0 ? 'red.9' : undefined}>
              {money.whole(totals.marginCents)}
            </Text>
          </Detail>
        </SimpleGrid>
      </Paper>
    </section>
  );
}
