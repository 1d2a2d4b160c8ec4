import { Alert, Center, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MANDATE_KINDS, type MandateKind } from '../../contracts/index.ts';
import { isApiError } from '../app/api.ts';
import { useMe } from '../features/auth/hooks.ts';
import { KpiCard } from '../features/finance/KpiCard.tsx';
import { AttentionLists } from '../features/goals/AttentionLists.tsx';
import { CustomerValueCards } from '../features/goals/CustomerValueCards.tsx';
import { GoalSettingsForm } from '../features/goals/GoalSettingsForm.tsx';
import { GoalsHeatmap } from '../features/goals/GoalsHeatmap.tsx';
import { GoalsPortfolioTable } from '../features/goals/GoalsPortfolioTable.tsx';
import { GoalsStatusSummary } from '../features/goals/GoalsStatusSummary.tsx';
import { useGoalsFormat } from '../features/goals/format.ts';
import { useGoalsPortfolio, type GoalsPortfolioFilter, type GoalsPortfolioSort } from '../features/goals/hooks.ts';
import { OrgAttainmentChart, OrgObjectivesSection } from '../features/goals/OrgObjectivesSection.tsx';
import { currentQuarter, nearbyQuarters, QuarterPicker } from '../features/goals/QuarterPicker.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { NotAllowed } from '../ui/NotAllowed.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { Section } from '../ui/Section.tsx';

const route = getRouteApi('/_app/goals');
const PAGE_SIZE = 50;

export function PortfolioGoalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useGoalsFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const quarter = search.quarter ?? currentQuarter();
  const filter: GoalsPortfolioFilter = { quarter, mandateKind: search.mandate, sort: search.sort ?? 'name', order: search.order ?? 'asc', limit: PAGE_SIZE, offset: search.offset ?? 0 };
  const portfolio = useGoalsPortfolio(filter);
  const canManage = me.abilities.manageGoals;

  if (!me.abilities.readPortfolioGoals || (portfolio.isError && isApiError(portfolio.error) && portfolio.error.status === 403)) return <NotAllowed />;

  // Filters, sort and page live in the URL, so a view can be bookmarked and shared.
  const setSearch = (change: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const onSort = (column: GoalsPortfolioSort) =>
    setSearch({ sort: column, order: column === filter.sort ? (filter.order === 'asc' ? 'desc' : 'asc') : column === 'name' ? 'asc' : 'desc', offset: undefined });

  return (
    <>
      <PageHeader title={t('goals.portfolio.title')}>
        <Text mt={4}>{t('goals.portfolio.intro')}</Text>
      </PageHeader>
      <Group align="flex-end" gap="sm" mb="lg" role="search" aria-label={t('goals.quarter.filterLabel')}>
        <QuarterPicker value={quarter} quarters={nearbyQuarters(quarter)} onChange={(q) => setSearch({ quarter: q, offset: undefined })} />
        <Select<MandateKind>
          label={t('goals.portfolio.mandateKind')}
          placeholder={t('common.all')}
          clearable
          data={MANDATE_KINDS.map((kind) => ({ value: kind, label: t(`mandateKind.${kind}`) }))}
          value={search.mandate ?? null}
          onChange={(mandate) => setSearch({ mandate: mandate ?? undefined, offset: undefined })}
          w={200}
        />
      </Group>
      {portfolio.isPending ? (
        <Center py="xl">
          <Loader role="status" aria-label={t('common.loading')} />
        </Center>
      ) : portfolio.isError ? (
        <ErrorAlert error={portfolio.error} onRetry={() => void portfolio.refetch()} />
      ) : (
        <Stack gap="xl">
          {portfolio.data.offTrackTotal > 0 && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('goals.portfolio.offTrackAlertTitle', { count: portfolio.data.offTrackTotal })}>
              {t('goals.portfolio.offTrackAlertBody')}
            </Alert>
          )}
          <section aria-label={t('goals.portfolio.totalsLabel')}>
            <GoalsStatusSummary
              counts={{
                on_track: portfolio.data.totals.onTrack,
                at_risk: portfolio.data.totals.atRisk,
                off_track: portfolio.data.totals.offTrack,
                not_started: portfolio.data.totals.notStarted,
                no_data: portfolio.data.totals.noData,
              }}
              attainment={{ value: portfolio.data.totals.attainment }}
              leading={
                <KpiCard
                  label={t('goals.portfolio.teams')}
                  value={format.value(portfolio.data.totals.teams, 'count')}
                  hint={t('goals.portfolio.elapsed', { share: format.progress(portfolio.data.elapsedShare) })}
                />
              }
            />
          </section>
          <OrgAttainmentChart portfolio={portfolio.data} />
          <Section id="teams" title={t('goals.portfolio.teamsTitle')}>
            <GoalsPortfolioTable
              portfolio={portfolio.data}
              sortBy={filter.sort}
              direction={filter.order}
              onSort={onSort}
              offset={filter.offset}
              limit={PAGE_SIZE}
              onPage={(offset) => setSearch({ offset: offset || undefined })}
            />
          </Section>
          <Section id="heatmap" title={t('goals.heatmap.title')}>
            <Text size="sm" mb="sm">
              {t('goals.heatmap.intro')}
            </Text>
            <GoalsHeatmap portfolio={portfolio.data} />
          </Section>
          <Section id="customer-value" title={t('goals.customerValue.title')}>
            <Text size="sm" mb="sm">
              {t('goals.customerValue.intro')}
            </Text>
            <CustomerValueCards metrics={portfolio.data.customerValue} quarter={portfolio.data.quarter} />
          </Section>
          <Section id="attention" title={t('goals.attention.title')}>
            <AttentionLists portfolio={portfolio.data} />
          </Section>
          <OrgObjectivesSection quarter={portfolio.data.quarter} canManage={canManage} />
          {canManage && <GoalSettingsForm key={portfolio.data.settings.version} settings={portfolio.data.settings} />}
        </Stack>
      )}
    </>
  );
}
