import { SimpleGrid, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioFinance } from '../../../contracts/index.ts';
import { useMoney } from '../../ui/money.ts';
import { Section } from '../../ui/Section.tsx';
import { useFinanceFormat } from './format.ts';
import { KpiCard } from './KpiCard.tsx';

const num = { ta: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } } as const;

/** The portfolio's sums in the period, and the same sums per mandate kind. */
export function PortfolioTotals({ portfolio }: { portfolio: PortfolioFinance }) {
  const { t } = useTranslation();
  const money = useFinanceFormat(portfolio.currency);
  const months = useMoney();
  const { totals, period } = portfolio;
  const range = t('finance.period.range', { from: months.month(period.from), to: months.month(period.to) });
  const left = totals.budgetCents - totals.forecastCents;

  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md" mb="xl">
        <KpiCard label={t('finance.portfolio.budget')} value={money.whole(totals.budgetCents)} hint={t('finance.kpi.budgetHint')} />
        <KpiCard label={t('finance.portfolio.actual')} value={money.whole(totals.actualCents)} hint={range} />
        <KpiCard
          label={t('finance.portfolio.forecast')}
          value={money.whole(totals.forecastCents)}
          alarm={left < 0}
          hint={left < 0 ? t('finance.forecast.over', { amount: money.whole(-left) }) : t('finance.forecast.within', { amount: money.whole(left) })}
        />
        <KpiCard label={t('finance.portfolio.revenue')} value={money.whole(totals.revenueCents)} hint={range} />
        <KpiCard label={t('finance.portfolio.margin')} value={money.whole(totals.marginCents)} hint={t('finance.kpi.marginHint')} alarm={totals.marginCents < 0} />
        <KpiCard
          label={t('finance.portfolio.teams')}
          value={String(totals.teams)}
          alarm={totals.overrunTeams > 0}
          hint={t('finance.portfolio.overrunTeams', { count: totals.overrunTeams })}
        />
      </SimpleGrid>
      <Section id="by-mandate" title={t('finance.portfolio.byMandateTitle')}>
        <Table.ScrollContainer minWidth={860}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('finance.portfolio.byMandateCaption', { range })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.portfolio.mandateKind')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.teams')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.budget')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.actual')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.forecast')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.revenue')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.margin')}</Table.Th>
                <Table.Th ta="right">{t('finance.portfolio.overrunShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {portfolio.byMandate.map((m) => (
                <Table.Tr key={m.mandateKind}>
                  <Table.Th scope="row" fw={400}>
                    {t(`mandateKind.${m.mandateKind}`)}
                  </Table.Th>
                  <Table.Td {...num}>{m.teams}</Table.Td>
                  <Table.Td {...num}>{money.whole(m.budgetCents)}</Table.Td>
                  <Table.Td {...num}>{money.whole(m.actualCents)}</Table.Td>
                  <Table.Td {...num}>{money.whole(m.forecastCents)}</Table.Td>
                  <Table.Td {...num}>{money.whole(m.revenueCents)}</Table.Td>
                  <Table.Td {...num} c={m.marginCents < 0 ? 'red.9' : undefined}>
                    {money.whole(m.marginCents)}
                  </Table.Td>
                  <Table.Td {...num} c={m.overrunTeams > 0 ? 'red.9' : undefined}>
                    {m.overrunTeams}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('finance.total')}</Table.Th>
                <Table.Th {...num}>{totals.teams}</Table.Th>
                <Table.Th {...num}>{money.whole(totals.budgetCents)}</Table.Th>
                <Table.Th {...num}>{money.whole(totals.actualCents)}</Table.Th>
                <Table.Th {...num}>{money.whole(totals.forecastCents)}</Table.Th>
                <Table.Th {...num}>{money.whole(totals.revenueCents)}</Table.Th>
                <Table.Th {...num}>{money.whole(totals.marginCents)}</Table.Th>
                <Table.Th {...num}>{totals.overrunTeams}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Section>
    </>
  );
}
