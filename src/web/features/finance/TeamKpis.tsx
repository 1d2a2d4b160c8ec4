import { Alert, Progress, SimpleGrid } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TeamFinance } from '../../../contracts/index.ts';
import { useMoney } from '../../ui/money.ts';
import { useFinanceFormat } from './format.ts';
import { KpiCard } from './KpiCard.tsx';

/** The team's numbers at a glance: the P&L of the period, and budget, burn and forecast of the fiscal year. */
export function TeamKpis({ finance }: { finance: TeamFinance }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(finance.currency);
  const months = useMoney();
  const { totals, forecast, period } = finance;
  const range = t('finance.period.range', { from: months.month(period.from), to: months.month(period.to) });
  const burn = forecast.burnPercent;

  return (
    <>
      {forecast.overrun && (
        <Alert color="red" variant="filled" icon={<IconAlertTriangle aria-hidden />} title={t('finance.forecast.overrunTitle')} mb="md" role="alert">
          {t('finance.forecast.overrunBody', { forecast: money.whole(forecast.forecastCents), budget: money.whole(forecast.budgetCents), overrun: money.whole(forecast.overrunCents) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" mb="xl">
        <KpiCard label={t('finance.kpi.revenue')} value={money.whole(totals.revenueCents)} hint={range} />
        <KpiCard label={t('finance.kpi.directCost')} value={money.whole(totals.directCostCents)} hint={range} />
        <KpiCard label={t('finance.kpi.allocated')} value={money.whole(totals.allocatedCents)} hint={t('finance.kpi.allocatedHint')} />
        <KpiCard
          label={t('finance.kpi.margin')}
          value={money.whole(totals.marginCents)}
          hint={t('finance.kpi.marginHint')}
          alarm={totals.marginCents < 0}
        />
        <KpiCard label={t('finance.kpi.budget')} value={money.whole(forecast.budgetCents)} hint={t('finance.kpi.budgetHint')} />
        <KpiCard label={t('finance.kpi.actualToDate')} value={money.whole(forecast.actualToDateCents)} hint={t('finance.kpi.actualHint')} />
        <KpiCard
          label={t('finance.kpi.burn')}
          value={money.percent(burn)}
          hint={burn === null ? t('finance.kpi.noBudget') : t('finance.kpi.burnHint')}
          alarm={burn !== null && burn > 100}
        >
          {burn !== null && (
            <Progress
              mt="xs"
              value={Math.min(100, burn)}
              color={burn > 100 ? 'red.8' : burn > 90 ? 'orange.7' : 'blue.8'}
              aria-label={t('finance.kpi.burn')}
            />
          )}
        </KpiCard>
        <KpiCard
          label={t('finance.kpi.forecast')}
          value={money.whole(forecast.forecastCents)}
          alarm={forecast.overrun}
          hint={
            forecast.overrun
              ? t('finance.forecast.over', { amount: money.whole(forecast.overrunCents) })
              : forecast.budgetCents > 0
                ? t('finance.forecast.within', { amount: money.whole(forecast.budgetCents - forecast.forecastCents) })
                : t('finance.forecast.runRate', { amount: money.whole(forecast.runRateCents) })
          }
        />
      </SimpleGrid>
    </>
  );
}
