// The surface adapters (HTTP, CLI, later MCP) call. Each use case is its own file; this only re-exports.
export { type Actor, type Ctx, systemActor, today } from './shared/context.ts';
export { DomainError, type ErrorCode, type FieldError } from './shared/errors.ts';
export { can, orgAbilities } from './policy.ts';

export { listAuditEvents } from './audit/list-audit-events.ts';
export { verifyAuditChain, verifyChain } from './audit/verify-audit-chain.ts';

export { createPerson } from './people/create-person.ts';
export { updatePerson } from './people/update-person.ts';
export { getPerson } from './people/get-person.ts';
export { listPeople } from './people/list-people.ts';

export { createTeam } from './teams/create-team.ts';
export { updateTeam } from './teams/update-team.ts';
export { transitionTeam } from './teams/transition-team.ts';
export { getTeam } from './teams/get-team.ts';
export { listTeams } from './teams/list-teams.ts';

export { addMembership } from './memberships/add-membership.ts';
export { updateMembership } from './memberships/update-membership.ts';
export { endMembership } from './memberships/end-membership.ts';

export { createService } from './services/create-service.ts';
export { updateService } from './services/update-service.ts';
export { getService } from './services/get-service.ts';
export { listServices } from './services/list-services.ts';
export { getTeamServices } from './services/get-team-services.ts';

export { recordConsumption } from './consumption/record-consumption.ts';
export { recordConsumptionBatch } from './consumption/record-consumption-batch.ts';
export { listConsumption } from './consumption/list-consumption.ts';
export { importConsumption } from './consumption/import-consumption.ts';

export { listHealthSignals } from './health/list-health-signals.ts';

export { getOperatingModel } from './operating-model/get-operating-model.ts';
export { updateOperatingModel } from './operating-model/update-operating-model.ts';
export { updateDecisionRules } from './operating-model/update-decision-rules.ts';
export { listDecisionRuleSets } from './operating-model/list-decision-rule-sets.ts';
export { setTeamAutonomy } from './operating-model/set-team-autonomy.ts';

export { evaluateDecision, formatEuro, type DecisionFacts } from './decisions/evaluate-decision.ts';
export { createDecision } from './decisions/create-decision.ts';
export { updateDecision } from './decisions/update-decision.ts';
export { submitDecision } from './decisions/submit-decision.ts';
export { recordApproval } from './decisions/record-approval.ts';
export { getDecision } from './decisions/get-decision.ts';
export { listDecisions } from './decisions/list-decisions.ts';

export { getMaturityModel } from './maturity/get-maturity-model.ts';
export { listMaturityModels } from './maturity/list-maturity-models.ts';
export { updateMaturityModel } from './maturity/update-maturity-model.ts';
export { createAssessment } from './maturity/create-assessment.ts';
export { listTeamAssessments } from './maturity/list-team-assessments.ts';
export { getMaturityPortfolio } from './maturity/get-maturity-portfolio.ts';

export { createLearningOffer } from './enablement/create-learning-offer.ts';
export { updateLearningOffer } from './enablement/update-learning-offer.ts';
export { listLearningOffers } from './enablement/list-learning-offers.ts';
export { recordCompletion } from './enablement/record-completion.ts';
export { listOfferCompletions, listPersonCompletions } from './enablement/list-completions.ts';
export { getTeamEnablement } from './enablement/get-team-enablement.ts';

export { createInitiative } from './roadmap/create-initiative.ts';
export { updateInitiative } from './roadmap/update-initiative.ts';
export { getInitiative } from './roadmap/get-initiative.ts';
export { listInitiatives } from './roadmap/list-initiatives.ts';
export { addMilestone } from './roadmap/add-milestone.ts';
export { updateMilestone } from './roadmap/update-milestone.ts';

export { login, SESSION_TTL_MS } from './identity/login.ts';
export { logout } from './identity/logout.ts';
export { getMe } from './identity/get-me.ts';
export { authenticateSession, authenticateToken } from './identity/authenticate.ts';
export { createApiToken } from './identity/create-api-token.ts';
export { listApiTokens } from './identity/list-api-tokens.ts';
export { revokeApiToken } from './identity/revoke-api-token.ts';
export { createUser } from './identity/create-user.ts';
export { updateUser } from './identity/update-user.ts';
export { listUsers } from './identity/list-users.ts';

export { createSurvey } from './surveys/create-survey.ts';
export { listSurveys } from './surveys/list-surveys.ts';
export { getSurvey } from './surveys/get-survey.ts';
export { answerSurvey } from './surveys/answer-survey.ts';
export { getSurveyResults } from './surveys/get-survey-results.ts';

export { getFinanceSettingsUseCase } from './finance/get-finance-settings.ts';
export { updateFinanceSettings } from './finance/update-finance-settings.ts';
export { getBudget } from './finance/get-budget.ts';
export { saveBudget } from './finance/save-budget.ts';
export { submitBudget } from './finance/submit-budget.ts';
export { decideBudget } from './finance/decide-budget.ts';
export { listBudgets } from './finance/list-budgets.ts';
export { createReallocation } from './finance/create-reallocation.ts';
export { listReallocations } from './finance/list-reallocations.ts';
export { loadBudget, type BudgetData } from './finance/budget-queries.ts';

export { bookLedgerEntry } from './finance/book-ledger-entry.ts';
export { recordLedgerBatch } from './finance/record-ledger-batch.ts';
export { reverseLedgerEntry } from './finance/reverse-ledger-entry.ts';
export { listLedgerEntries } from './finance/list-ledger-entries.ts';
export { importLedger } from './finance/import-ledger.ts';
export { importLedgerFile, type ImportLedgerFileResult } from './finance/import-ledger-file.ts';
export { verifyLedger } from './finance/verify-ledger.ts';

export { getTeamFinance } from './finance/get-team-finance.ts';
export { getPortfolioFinance } from './finance/get-portfolio-finance.ts';
export { getPortfolioFlows } from './finance/get-portfolio-flows.ts';
export { exportTeamFinance } from './finance/export-team-finance.ts';
export { exportPortfolioFinance } from './finance/export-portfolio-finance.ts';
export { portfolioRollup, portfolioRollupQuery, rollupParams, presentRollup, type RollupParams, type RollupRow } from './finance/portfolio-queries.ts';

// Goals: metrics and measurements
export { createMetric } from './goals/create-metric.ts';
export { updateMetric } from './goals/update-metric.ts';
export { listMetrics } from './goals/list-metrics.ts';
export { getMetric } from './goals/get-metric.ts';
export { getMetricSeries, SERIES_MAX_POINTS } from './goals/get-metric-series.ts';
export { recordMeasurement } from './goals/record-measurement.ts';
export { recordMeasurementBatch, writeMeasurementBatch } from './goals/record-measurement-batch.ts';
export { importMeasurements } from './goals/import-measurements.ts';
export { importMeasurementFile, type ImportMeasurementFileResult } from './goals/import-measurement-file.ts';

// Goals: objectives and key results
export { getGoalSettings, readGoalSettings } from './goals/get-goal-settings.ts';
export { updateGoalSettings } from './goals/update-goal-settings.ts';
export { createObjective } from './goals/create-objective.ts';
export { updateObjective } from './goals/update-objective.ts';
export { getObjective } from './goals/get-objective.ts';
export { createKeyResult } from './goals/create-key-result.ts';
export { updateKeyResult } from './goals/update-key-result.ts';
export { createCheckIn } from './goals/create-check-in.ts';
export { listCheckIns } from './goals/list-check-ins.ts';
export { getTeamGoals } from './goals/get-team-goals.ts';
export { getOrganizationGoals } from './goals/get-organization-goals.ts';

// Goals: the portfolio
export { getGoalsPortfolio, goalsPortfolioParams } from './goals/get-goals-portfolio.ts';
export { goalsPortfolioQuery, goalsPortfolioStatements, type GoalsPortfolioParams } from './goals/portfolio-goals-query.ts';

export { checkHealth } from './system/check-health.ts';
export { seedDemoWorkspace } from './system/seed-demo-workspace.ts';
export { seedScale, SCALES, type Scale, type ScaleResult } from './system/seed-scale.ts';
export { isDemoWorkspace, hasUsers, demoLogins, DEMO_PASSWORD } from './system/workspace.ts';
