import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import {
  CRITICALITIES,
  DECISION_CATEGORIES,
  DECISION_STATUSES,
  DISCIPLINES,
  GOALS_PORTFOLIO_SORTS,
  MANDATE_KINDS,
  Quarter,
  PORTFOLIO_SORTS,
  SERVICE_KINDS,
  SERVICE_LIFECYCLES,
  STAGES,
  TEAM_KINDS,
  YearMonth,
  type Me,
} from '../../contracts/index.ts';
import { meQuery } from '../features/auth/hooks.ts';
import { TEAM_SORT_COLUMNS } from '../features/teams/TeamsTable.tsx';
import { AuditPage } from '../pages/AuditPage.tsx';
import { EnablementPage } from '../pages/EnablementPage.tsx';
import { MaturityModelPage } from '../pages/MaturityModelPage.tsx';
import { MaturityPage } from '../pages/MaturityPage.tsx';
import { RoadmapPage } from '../pages/RoadmapPage.tsx';
import { SurveyPage } from '../pages/SurveyPage.tsx';
import { SurveysPage } from '../pages/SurveysPage.tsx';
import { DecisionPage } from '../pages/DecisionPage.tsx';
import { DecisionsPage } from '../pages/DecisionsPage.tsx';
import { NewDecisionPage } from '../pages/NewDecisionPage.tsx';
import { OperatingModelPage } from '../pages/OperatingModelPage.tsx';
import { ServicePage } from '../pages/ServicePage.tsx';
import { ServicesPage } from '../pages/ServicesPage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { NewTeamPage } from '../pages/NewTeamPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PeoplePage } from '../pages/PeoplePage.tsx';
import { PersonPage } from '../pages/PersonPage.tsx';
import { PortfolioFinancePage } from '../pages/PortfolioFinancePage.tsx';
import { PortfolioGoalsPage } from '../pages/PortfolioGoalsPage.tsx';
import { PortfolioPage } from '../pages/PortfolioPage.tsx';
import { TeamFinancePage } from '../pages/TeamFinancePage.tsx';
import { TeamGoalsPage } from '../pages/TeamGoalsPage.tsx';
import { TeamPage } from '../pages/TeamPage.tsx';
import { TokensPage } from '../pages/TokensPage.tsx';
import { UsersPage } from '../pages/UsersPage.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { api, isApiError } from './api.ts';
import { AppLayout } from './AppLayout.tsx';

export type RouterContext = { queryClient: QueryClient };

/** A search parameter that is dropped, not fatal, when someone edits the URL into nonsense. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({ redirect: optional(z.string()) }),
  // Someone with a session has nothing to do here. Asked directly, not through the query cache,
  // whose 401 handler would send the visitor to this very page.
  beforeLoad: async ({ context }) => {
    const me = await api.get<Me>('/me').catch(() => null);
    if (me) {
      context.queryClient.setQueryData(meQuery.queryKey, me);
      throw redirect({ to: '/' });
    }
  },
  component: LoginPage,
});

/** Everything but the login page needs a session; without one the user is sent to log in and brought back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error) && error.status === 401) throw redirect({ to: '/login', search: { redirect: location.href } });
      throw error;
    }
  },
  component: AppLayout,
  errorComponent: ({ error }) => <ErrorAlert error={error} />,
});

const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: z.object({
    q: optional(z.string()),
    stage: optional(z.enum(STAGES)),
    kind: optional(z.enum(TEAM_KINDS)),
    mandate: optional(z.enum(MANDATE_KINDS)),
    sort: optional(z.enum(TEAM_SORT_COLUMNS)),
    dir: optional(z.enum(['asc', 'desc'])),
  }),
  component: PortfolioPage,
});

const newTeamRoute = createRoute({ getParentRoute: () => appRoute, path: '/teams/new', component: NewTeamPage });
const teamRoute = createRoute({ getParentRoute: () => appRoute, path: '/teams/$teamId', component: TeamPage });

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: z.object({ q: optional(z.string()), discipline: optional(z.enum(DISCIPLINES)) }),
  component: PeoplePage,
});
const personRoute = createRoute({ getParentRoute: () => appRoute, path: '/people/$personId', component: PersonPage });

const operatingModelRoute = createRoute({ getParentRoute: () => appRoute, path: '/operating-model', component: OperatingModelPage });

const servicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/services',
  validateSearch: z.object({
    q: optional(z.string()),
    kind: optional(z.enum(SERVICE_KINDS)),
    lifecycle: optional(z.enum(SERVICE_LIFECYCLES)),
    criticality: optional(z.enum(CRITICALITIES)),
    owner: optional(z.uuid()),
  }),
  component: ServicesPage,
});
const serviceRoute = createRoute({ getParentRoute: () => appRoute, path: '/services/$serviceId', component: ServicePage });

const decisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions',
  validateSearch: z.object({
    team: optional(z.uuid()),
    status: optional(z.enum(DECISION_STATUSES)),
    category: optional(z.enum(DECISION_CATEGORIES)),
    awaiting: optional(z.boolean()),
  }),
  component: DecisionsPage,
});
const decisionRoute = createRoute({ getParentRoute: () => appRoute, path: '/decisions/$decisionId', component: DecisionPage });
const newDecisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId/decisions/new',
  validateSearch: z.object({ supersedes: optional(z.uuid()) }),
  component: NewDecisionPage,
});

// The change programme: maturity, its model, the roadmap, enablement and pulse surveys.
const maturityRoute = createRoute({ getParentRoute: () => appRoute, path: '/change', component: MaturityPage });
const maturityModelRoute = createRoute({ getParentRoute: () => appRoute, path: '/change/model', component: MaturityModelPage });
const roadmapRoute = createRoute({ getParentRoute: () => appRoute, path: '/change/roadmap', component: RoadmapPage });
const enablementRoute = createRoute({ getParentRoute: () => appRoute, path: '/change/enablement', component: EnablementPage });
const surveysRoute = createRoute({ getParentRoute: () => appRoute, path: '/change/surveys', component: SurveysPage });
const surveyRoute = createRoute({ getParentRoute: () => appRoute, path: '/surveys/$surveyId', component: SurveyPage });

// Money: the portfolio's finance and each team's P&L, budget and ledger; the period stays in the URL.
const financePeriod = {
  fiscalYear: optional(z.number().int().min(2000).max(2100)),
  from: optional(YearMonth),
  to: optional(YearMonth),
};
const portfolioFinanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/finance',
  validateSearch: z.object({
    ...financePeriod,
    mandate: optional(z.enum(MANDATE_KINDS)),
    sort: optional(z.enum(PORTFOLIO_SORTS)),
    order: optional(z.enum(['asc', 'desc'])),
    offset: optional(z.number().int().min(0)),
  }),
  component: PortfolioFinancePage,
});
const teamFinanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId/finance',
  validateSearch: z.object(financePeriod),
  component: TeamFinancePage,
});

// Goals: the portfolio's attainment and each team's objectives; the quarter stays in the URL.
const portfolioGoalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/goals',
  validateSearch: z.object({
    quarter: optional(Quarter),
    mandate: optional(z.enum(MANDATE_KINDS)),
    sort: optional(z.enum(GOALS_PORTFOLIO_SORTS)),
    order: optional(z.enum(['asc', 'desc'])),
    offset: optional(z.number().int().min(0)),
  }),
  component: PortfolioGoalsPage,
});
const teamGoalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams/$teamId/goals',
  validateSearch: z.object({ quarter: optional(Quarter), kr: optional(z.uuid()) }),
  component: TeamGoalsPage,
});

const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', component: AuditPage });
const tokensRoute = createRoute({ getParentRoute: () => appRoute, path: '/tokens', component: TokensPage });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/users', component: UsersPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    portfolioRoute,
    newTeamRoute,
    teamRoute,
    newDecisionRoute,
    peopleRoute,
    personRoute,
    operatingModelRoute,
    servicesRoute,
    serviceRoute,
    decisionsRoute,
    decisionRoute,
    maturityRoute,
    maturityModelRoute,
    roadmapRoute,
    enablementRoute,
    surveysRoute,
    surveyRoute,
    portfolioFinanceRoute,
    teamFinanceRoute,
    portfolioGoalsRoute,
    teamGoalsRoute,
    auditRoute,
    tokensRoute,
    usersRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data freshness is TanStack Query's job; the router should not cache on its own.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
