import { Button, Center, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconFileImport, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamFinance } from '../../contracts/index.ts';
import { isApiError } from '../app/api.ts';
import { BookingModal } from '../features/finance/BookingModal.tsx';
import { BudgetSection } from '../features/finance/BudgetSection.tsx';
import { useFinanceSettings, useTeamFinance, type PeriodFilter as Filter } from '../features/finance/hooks.ts';
import { LedgerImportModal } from '../features/finance/LedgerImportModal.tsx';
import { LedgerSection } from '../features/finance/LedgerSection.tsx';
import { PeriodFilter } from '../features/finance/PeriodFilter.tsx';
import { BurnSection, CategorySection, PnlSection, ServiceSection, StreamSection } from '../features/finance/TeamCharts.tsx';
import { TeamKpis } from '../features/finance/TeamKpis.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { AnchorLink } from '../ui/links.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

const route = getRouteApi('/_app/teams/$teamId/finance');

export function TeamFinancePage() {
  const { t } = useTranslation();
  const { teamId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter: Filter = { fiscalYear: search.fiscalYear, from: search.from, to: search.to };
  const finance = useTeamFinance(teamId, filter);

  if (finance.isError && isApiError(finance.error) && finance.error.status === 403) return <NotAllowed />;
  if (finance.isPending) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (finance.isError) return <ErrorAlert error={finance.error} onRetry={() => void finance.refetch()} />;

  return (
    <TeamFinanceView
      finance={finance.data}
      filter={filter}
      // The period lives in the URL, so a view of some months can be bookmarked and shared.
      onFilter={(next) => void navigate({ search: { fiscalYear: next.fiscalYear, from: next.from, to: next.to }, replace: true })}
    />
  );
}

function TeamFinanceView({ finance, filter, onFilter }: { finance: TeamFinance; filter: Filter; onFilter: (next: Filter) => void }) {
  const { t } = useTranslation();
  const settings = useFinanceSettings();
  const [booking, setBooking] = useState(false);
  const [importing, setImporting] = useState(false);
  const startMonth = settings.data?.fiscalYearStartMonth ?? 1;
  const { period, abilities } = finance;
  const exportQuery = { fiscalYear: period.fiscalYear, from: filter.from, to: filter.to };
  const chartProps = { finance, exportQuery };

  return (
    <>
      <PageHeader
        title={t('finance.team.title', { team: finance.teamName })}
        actions={
          abilities.book && (
            <>
              <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
                {t('finance.import.action')}
              </Button>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setBooking(true)}>
                {t('finance.booking.action')}
              </Button>
            </>
          )
        }
      >
        <Text mt={4}>
          <AnchorLink to="/teams/$teamId" params={{ teamId: finance.teamId }} size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('finance.team.backToTeam', { team: finance.teamName })}
          </AnchorLink>
        </Text>
      </PageHeader>

      <PeriodFilter value={filter} period={period} onChange={onFilter} />
      <TeamKpis finance={finance} />

      <Stack gap="xl">
        <PnlSection {...chartProps} />
        <BurnSection {...chartProps} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          <CategorySection {...chartProps} />
          <ServiceSection {...chartProps} />
        </SimpleGrid>
        <StreamSection {...chartProps} />
        <BudgetSection teamId={finance.teamId} fiscalYear={period.fiscalYear} startMonth={startMonth} currency={finance.currency} canCreate={abilities.editBudget} />
        <LedgerSection teamId={finance.teamId} fiscalYear={period.fiscalYear} currency={finance.currency} canBook={abilities.book} exportQuery={exportQuery} />
      </Stack>

      <BookingModal teamId={finance.teamId} teamName={finance.teamName} teamKind={finance.teamKind} currency={finance.currency} opened={booking} onClose={() => setBooking(false)} />
      <LedgerImportModal currency={finance.currency} opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
