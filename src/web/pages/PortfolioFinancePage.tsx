import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useMe } from '../features/auth/hooks.ts';
import { BudgetQueue } from '../features/finance/BudgetQueue.tsx';
import { ExportButtons } from '../features/finance/ExportButtons.tsx';
import { FinanceSettingsForm } from '../features/finance/FinanceSettingsForm.tsx';
import { usePortfolioFinance, usePortfolioFlows, useFinanceSettings, type PortfolioFilter, type PortfolioSort } from '../features/finance/hooks.ts';
import { LedgerImportModal } from '../features/finance/LedgerImportModal.tsx';
import { PeriodFilter } from '../features/finance/PeriodFilter.tsx';
import { PortfolioFlowCharts } from '../features/finance/PortfolioFlowCharts.tsx';
import { PortfolioTable } from '../features/finance/PortfolioTable.tsx';
import { PortfolioTotals } from '../features/finance/PortfolioTotals.tsx';
import { ReallocationsSection } from '../features/finance/ReallocationsSection.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

const route = getRouteApi('/_app/finance');
const PAGE_SIZE = 50;

/**
 * Steering the money is the portfolio office's (and the admin's) part, as the policy's
 * 'finance.manage' says; no answer of the finance API carries it as an ability yet.
 */

export function PortfolioFinancePage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const settings = useFinanceSettings();
  const [importing, setImporting] = useState(false);
  const period = { fiscalYear: search.fiscalYear, from: search.from, to: search.to };
  const filter: PortfolioFilter = { ...period, mandateKind: search.mandate, sort: search.sort ?? 'name', order: search.order ?? 'asc', limit: PAGE_SIZE, offset: search.offset ?? 0 };
  const portfolio = usePortfolioFinance(filter);
  const flows = usePortfolioFlows(period);
  const canManage = me.abilities.manageFinance;
  const currency = portfolio.data?.currency ?? settings.data?.currency ?? 'EUR';
  const startMonth = settings.data?.fiscalYearStartMonth ?? 1;
  const fiscalYear = portfolio.data?.period.fiscalYear ?? search.fiscalYear;

  if (portfolio.isError && isApiError(portfolio.error) && portfolio.error.status === 403) return <NotAllowed />;

  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const sortBy = filter.sort ?? 'name';
  const onSort = (column: PortfolioSort) =>
    setSearch({ sort: column, order: column === sortBy && filter.order === 'asc' ? 'desc' : column === sortBy ? 'asc' : column === 'name' ? 'asc' : 'desc', offset: undefined });
  const exportQuery = { fiscalYear: search.fiscalYear, from: search.from, to: search.to, mandateKind: search.mandate, sort: filter.sort, order: filter.order };

  return (
    <>
      <PageHeader
        title={t('finance.portfolio.title')}
        actions={
          canManage && (
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
              {t('finance.import.action')}
            </Button>
          )
        }
      >
        <Text mt={4}>{t('finance.portfolio.intro')}</Text>
      </PageHeader>
      <PeriodFilter
        value={period}
        period={portfolio.data?.period}
        onChange={(next) => setSearch({ fiscalYear: next.fiscalYear, from: next.from, to: next.to, offset: undefined })}
        mandateKind={{ value: search.mandate, onChange: (mandate) => setSearch({ mandate, offset: undefined }) }}
      />
      {portfolio.isPending ? (
        <Center py="xl">
          <Loader role="status" aria-label={t('common.loading')} />
        </Center>
      ) : portfolio.isError ? (
        <ErrorAlert error={portfolio.error} onRetry={() => void portfolio.refetch()} />
      ) : (
        <Stack gap="xl">
          {portfolio.data.totals.overrunTeams > 0 && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('finance.portfolio.overrunAlertTitle', { count: portfolio.data.totals.overrunTeams })}>
              {t('finance.portfolio.overrunAlertBody')}
            </Alert>
          )}
          <div>
            <PortfolioTotals portfolio={portfolio.data} />
          </div>
          <Section id="teams" title={t('finance.portfolio.teamsTitle')} actions={<ExportButtons path="/finance/portfolio/export" query={exportQuery} what={t('finance.portfolio.teamsTitle')} />}>
            <PortfolioTable
              portfolio={portfolio.data}
              sortBy={sortBy}
              direction={filter.order ?? 'asc'}
              onSort={onSort}
              offset={filter.offset ?? 0}
              limit={PAGE_SIZE}
              onPage={(offset) => setSearch({ offset: offset || undefined })}
              linkSearch={period}
            />
          </Section>
          <QueryState query={flows}>{(data) => <PortfolioFlowCharts flows={data} allMandates={search.mandate !== undefined} />}</QueryState>
          {canManage && (
            <>
              <BudgetQueue currency={currency} startMonth={startMonth} />
              {fiscalYear !== undefined && <ReallocationsSection fiscalYear={fiscalYear} startMonth={startMonth} currency={currency} canManage={canManage} />}
              {settings.data && <FinanceSettingsForm key={settings.data.version} settings={settings.data} />}
            </>
          )}
        </Stack>
      )}
      <LedgerImportModal currency={currency} opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
