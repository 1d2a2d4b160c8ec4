import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  doublePrecision,
  primaryKey,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  Criticality,
  DecisionCategory,
  DecisionRule,
  DecisionStatus,
  Discipline,
  Evaluation,
  Link,
  MandateKind,
  OrgRole,
  ServiceKind,
  ServiceLifecycle,
  Stage,
  TeamKind,
  TokenScope,
  BudgetStatus,
  CostCategory,
  Currency,
  ExpenseType,
  LedgerKind,
  KrStatus,
  MetricAggregation,
  MetricDirection,
  MetricSource,
  MetricUnit,
} from '../contracts/index.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    discipline: text('discipline').$type<Discipline>().notNull(),
    jobTitle: text('job_title').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('people_email_key').on(sql`lower(${t.email})`), index('people_name_idx').on(t.name, t.id)],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<TeamKind>().notNull(),
    mission: text('mission').notNull().default(''),
    mandateKind: text('mandate_kind').$type<MandateKind>().notNull(),
    mandateScope: text('mandate_scope').notNull().default(''),
    customerSegment: text('customer_segment').notNull().default(''),
    stage: text('stage').$type<Stage>().notNull().default('proposed'),
    businessLeadId: uuid('business_lead_id').references(() => people.id),
    itLeadId: uuid('it_lead_id').references(() => people.id),
    /** Budget impact the team decides alone; null means the decision rights' default applies. */
    autonomyLimitCents: bigint('autonomy_limit_cents', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('teams_name_key').on(sql`lower(${t.name})`),
    index('teams_name_idx').on(t.name, t.id),
    check('teams_stage_check', sql`${t.stage} in ('proposed','chartered','active','sunset')`),
    check('teams_leads_distinct', sql`${t.businessLeadId} is null or ${t.itLeadId} is null or ${t.businessLeadId} <> ${t.itLeadId}`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    role: text('role').notNull(),
    allocation: integer('allocation').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('memberships_team_idx').on(t.teamId),
    index('memberships_person_idx').on(t.personId),
    check('memberships_allocation_range', sql`${t.allocation} between 1 and 100`),
    check('memberships_dates', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<OrgRole>().notNull(),
    personId: uuid('person_id').references(() => people.id),
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** Sign-in identities beyond local passwords (OIDC issuer + subject) attach here. */
export const identities = pgTable(
  'identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('identities_provider_subject_key').on(t.provider, t.subject)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the cookie itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    scopes: text('scopes').array().$type<TokenScope[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_key_at_idx').on(t.key, t.at)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    actorType: text('actor_type').$type<'user' | 'token' | 'system'>().notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.seq)],
);

/**
 * The end of the audit hash chain, one row. Appending an event updates it in the same statement:
 * the row lock orders concurrent appenders, and the update sees the newest head after waiting.
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer('id').primaryKey().default(1),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_chain_head_single_row', sql`${t.id} = 1`)],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

// ── Operating model ────────────────────────────────────────────────────────────────────────────

/** One row: the model's version and settings; roles and cadences hang off it. */
export const operatingModel = pgTable('operating_model', {
  id: integer('id').primaryKey().default(1),
  version: integer('version').notNull().default(1),
  decisionWaitDays: integer('decision_wait_days').notNull().default(14),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [check('operating_model_single_row', sql`${t.id} = 1`)]);

export const modelRoles = pgTable('model_roles', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  responsibilities: text('responsibilities').notNull().default(''),
  approver: boolean('approver').notNull().default(false),
  position: integer('position').notNull().default(0),
});

export const modelRoleHolders = pgTable(
  'model_role_holders',
  {
    roleKey: text('role_key').notNull().references(() => modelRoles.key, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.roleKey, t.personId] }), index('model_role_holders_person_idx').on(t.personId)],
);

export const cadences = pgTable('cadences', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  frequency: text('frequency').notNull(),
  description: text('description').notNull().default(''),
  participants: text('participants').notNull().default(''),
  position: integer('position').notNull().default(0),
});

/** Append-only: a change of the decision rights is a new version; decisions keep the one they were judged by. */
export const decisionRuleSets = pgTable('decision_rule_sets', {
  version: integer('version').primaryKey(),
  defaultAutonomyLimitCents: bigint('default_autonomy_limit_cents', { mode: 'number' }).notNull(),
  rules: jsonb('rules').$type<DecisionRule[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});

// ── Services and consumption ───────────────────────────────────────────────────────────────────

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<ServiceKind>().notNull(),
    ownerTeamId: uuid('owner_team_id').references(() => teams.id),
    criticality: text('criticality').$type<Criticality>().notNull(),
    lifecycle: text('lifecycle').$type<ServiceLifecycle>().notNull(),
    description: text('description').notNull().default(''),
    links: jsonb('links').$type<Link[]>().notNull().default([]),
    unit: text('unit'),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }),
    serviceLevels: jsonb('service_levels').$type<{ name: string; target: string }[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('services_name_key').on(sql`lower(${t.name})`),
    index('services_owner_idx').on(t.ownerTeamId),
    check('services_price_only_provided', sql`${t.kind} <> 'business_service' or (${t.unitPriceCents} is null and ${t.unit} is null)`),
  ],
);

export const serviceDependencies = pgTable(
  'service_dependencies',
  {
    serviceId: uuid('service_id').notNull().references(() => services.id),
    dependsOnId: uuid('depends_on_id').notNull().references(() => services.id),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.dependsOnId] }),
    index('service_dependencies_target_idx').on(t.dependsOnId),
    check('service_dependencies_not_self', sql`${t.serviceId} <> ${t.dependsOnId}`),
  ],
);

export const consumptionBatches = pgTable('consumption_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  payloadHash: text('payload_hash').notNull(),
  entries: integer('entries').notNull(),
  totalCostCents: bigint('total_cost_cents', { mode: 'number' }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const consumption = pgTable(
  'consumption',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    /** The unit price when the quantity was recorded: later price changes do not rewrite the past. */
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    batchId: uuid('batch_id').references(() => consumptionBatches.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('consumption_team_service_month_key').on(t.teamId, t.serviceId, t.month),
    index('consumption_service_month_idx').on(t.serviceId, t.month),
    check('consumption_quantity_non_negative', sql`${t.quantity} >= 0`),
  ],
);

// ── Decisions ──────────────────────────────────────────────────────────────────────────────────

export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    title: text('title').notNull(),
    category: text('category').$type<DecisionCategory>().notNull(),
    context: text('context').notNull().default(''),
    options: jsonb('options').$type<string[]>().notNull().default([]),
    choice: text('choice').notNull().default(''),
    rationale: text('rationale').notNull().default(''),
    budgetImpactCents: bigint('budget_impact_cents', { mode: 'number' }).notNull().default(0),
    personalData: boolean('personal_data').notNull().default(false),
    newVendor: boolean('new_vendor').notNull().default(false),
    affectedServiceIds: uuid('affected_service_ids').array().notNull().default(sql`'{}'::uuid[]`),
    links: jsonb('links').$type<Link[]>().notNull().default([]),
    status: text('status').$type<DecisionStatus>().notNull().default('proposed'),
    supersedesId: uuid('supersedes_id'),
    supersededById: uuid('superseded_by_id'),
    proposedByUserId: uuid('proposed_by_user_id').references(() => users.id),
    proposedByLabel: text('proposed_by_label').notNull(),
    ruleSetVersion: integer('rule_set_version').references(() => decisionRuleSets.version),
    evaluation: jsonb('evaluation').$type<Evaluation>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('decisions_team_idx').on(t.teamId, t.createdAt), index('decisions_status_idx').on(t.status)],
);

export const decisionApprovals = pgTable(
  'decision_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id').notNull().references(() => decisions.id),
    approverRole: text('approver_role').notNull(),
    verdict: text('verdict').$type<'approve' | 'reject'>().notNull(),
    comment: text('comment').notNull().default(''),
    approverUserId: uuid('approver_user_id').notNull().references(() => users.id),
    approverName: text('approver_name').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // One verdict per required role: concurrent approvals for the same role cannot both land.
  (t) => [uniqueIndex('decision_approvals_decision_role_key').on(t.decisionId, t.approverRole)],
);

// ── Change programme ───────────────────────────────────────────────────────────────────────────

/** Append-only: a changed maturity model is a new version; assessments keep theirs. */
export const maturityModels = pgTable('maturity_models', {
  version: integer('version').primaryKey(),
  dimensions: jsonb('dimensions').$type<{ key: string; name: string; description: string; levels: string[] }[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    modelVersion: integer('model_version').notNull().references(() => maturityModels.version),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    ratings: jsonb('ratings').$type<{ dimensionKey: string; level: number; targetLevel: number; evidence: string }[]>().notNull(),
    notes: text('notes').notNull().default(''),
    assessedByUserId: uuid('assessed_by_user_id').references(() => users.id),
    assessedByLabel: text('assessed_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('assessments_team_idx').on(t.teamId, t.assessedOn)],
);

export const surveys = pgTable('surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  intro: text('intro').notNull().default(''),
  statements: jsonb('statements').$type<{ key: string; text: string }[]>().notNull(),
  freeTextPrompt: text('free_text_prompt'),
  opensOn: date('opens_on', { mode: 'string' }).notNull(),
  closesOn: date('closes_on', { mode: 'string' }).notNull(),
  minResponses: integer('min_responses').notNull().default(5),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [check('surveys_min_responses', sql`${t.minResponses} >= 3`), check('surveys_window', sql`${t.closesOn} >= ${t.opensOn}`)]);

export const surveyTeams = pgTable(
  'survey_teams',
  {
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    teamId: uuid('team_id').notNull().references(() => teams.id),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.teamId] })],
);

/**
 * That a person answered — only to stop a second answer. Deliberately without a time and without
 * any reference to the answer, so the two tables cannot be joined back together.
 */
export const surveyParticipation = pgTable(
  'survey_participation',
  {
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    personId: uuid('person_id').notNull().references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.personId] })],
);

/** An anonymous answer: the team it counts for, never the person, and no timestamp. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('survey_responses_survey_team_idx').on(t.surveyId, t.teamId)],
);

export const learningOffers = pgTable('learning_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  expectedFor: text('expected_for').array().$type<('all_members' | 'leads' | 'business_side' | 'it_side')[]>().notNull().default(sql`'{}'::text[]`),
  durationHours: integer('duration_hours'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

export const learningCompletions = pgTable(
  'learning_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id').notNull().references(() => learningOffers.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('learning_completions_offer_person_key').on(t.offerId, t.personId), index('learning_completions_person_idx').on(t.personId)],
);

export const initiatives = pgTable('initiatives', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  ownerId: uuid('owner_id').references(() => people.id),
  status: text('status').$type<'planned' | 'in_progress' | 'done' | 'on_hold'>().notNull().default('planned'),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }).notNull(),
  version: integer('version').notNull().default(1),
  ...timestamps,
}, (t) => [check('initiatives_dates', sql`${t.endDate} >= ${t.startDate}`)]);

export const initiativeTeams = pgTable(
  'initiative_teams',
  {
    initiativeId: uuid('initiative_id').notNull().references(() => initiatives.id),
    teamId: uuid('team_id').notNull().references(() => teams.id),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.teamId] })],
);

export const milestones = pgTable(
  'milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    initiativeId: uuid('initiative_id').notNull().references(() => initiatives.id),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('milestones_initiative_idx').on(t.initiativeId, t.dueOn)],
);

// ── Money ──────────────────────────────────────────────────────────────────────────────────────

/** One row: the organization's fiscal calendar and currency. */
export const financeSettings = pgTable('finance_settings', {
  id: integer('id').primaryKey().default(1),
  fiscalYearStartMonth: integer('fiscal_year_start_month').notNull().default(1),
  currency: text('currency').$type<Currency>().notNull().default('EUR'),
  firstFiscalYear: integer('first_fiscal_year').notNull().default(2020),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [check('finance_settings_single_row', sql`${t.id} = 1`), check('finance_settings_start_month', sql`${t.fiscalYearStartMonth} between 1 and 12`)]);

export const ledgerBatches = pgTable('ledger_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  payloadHash: text('payload_hash').notNull(),
  entries: integer('entries').notNull(),
  totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * The ledger: append-only (a trigger refuses UPDATE and DELETE). A correction is a new entry with
 * the negated amount that points at the entry it reverses.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    kind: text('kind').$type<LedgerKind>().notNull(),
    category: text('category').$type<CostCategory>(),
    expenseType: text('expense_type').$type<ExpenseType>(),
    /** Revenue stream (product); null for other kinds. */
    stream: text('stream'),
    /** For allocations: the consumed core service. */
    serviceId: uuid('service_id').references(() => services.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    reference: text('reference'),
    reversesId: bigint('reverses_id', { mode: 'number' }),
    batchId: uuid('batch_id').references(() => ledgerBatches.id),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_team_month_idx').on(t.teamId, t.month),
    index('ledger_entries_batch_idx').on(t.batchId),
    uniqueIndex('ledger_entries_reverses_key').on(t.reversesId),
    check('ledger_entries_kind_check', sql`${t.kind} in ('budget','cost','revenue','allocation')`),
    check('ledger_entries_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/**
 * Sums of the ledger per team, month, kind and detail, maintained in the same statement as every
 * ledger write; `tandem finance verify` recomputes them from the ledger. `detail` is the revenue
 * stream or the consumed service's id, '' otherwise.
 */
export const ledgerMonthly = pgTable(
  'ledger_monthly',
  {
    teamId: uuid('team_id').notNull(),
    month: text('month').notNull(),
    kind: text('kind').$type<LedgerKind>().notNull(),
    category: text('category').notNull().default(''),
    expenseType: text('expense_type').notNull().default(''),
    detail: text('detail').notNull().default(''),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.month, t.kind, t.category, t.expenseType, t.detail] })],
);

/** One row per team and month with the four sums the portfolio roll-up needs. */
export const ledgerTeamMonth = pgTable(
  'ledger_team_month',
  {
    teamId: uuid('team_id').notNull(),
    month: text('month').notNull(),
    budgetCents: bigint('budget_cents', { mode: 'number' }).notNull().default(0),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull().default(0),
    allocatedCents: bigint('allocated_cents', { mode: 'number' }).notNull().default(0),
    revenueCents: bigint('revenue_cents', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.month] }), index('ledger_team_month_month_idx').on(t.month, t.teamId)],
);

export const budgets = pgTable(
  'budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').notNull().references(() => teams.id),
    fiscalYear: integer('fiscal_year').notNull(),
    status: text('status').$type<BudgetStatus>().notNull().default('draft'),
    note: text('note').notNull().default(''),
    decisionComment: text('decision_comment').notNull().default(''),
    proposedBy: text('proposed_by'),
    /** For the four-eyes rule: whoever proposed does not decide. */
    proposedByUserId: uuid('proposed_by_user_id'),
    proposedAt: timestamp('proposed_at', { withTimezone: true, mode: 'date' }),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('budgets_team_year_key').on(t.teamId, t.fiscalYear),
    index('budgets_year_idx').on(t.fiscalYear, t.status),
    check('budgets_status_check', sql`${t.status} in ('draft','proposed','approved','rejected')`),
  ],
);

export const budgetLines = pgTable(
  'budget_lines',
  {
    budgetId: uuid('budget_id').notNull().references(() => budgets.id),
    category: text('category').$type<CostCategory>().notNull(),
    expenseType: text('expense_type').$type<ExpenseType>().notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.budgetId, t.category, t.expenseType] }), check('budget_lines_amount_non_negative', sql`${t.amountCents} >= 0`)],
);

/** Money the portfolio office moved between two teams' approved budgets; append-only. */
export const budgetReallocations = pgTable(
  'budget_reallocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    fromTeamId: uuid('from_team_id').notNull().references(() => teams.id),
    toTeamId: uuid('to_team_id').notNull().references(() => teams.id),
    category: text('category').$type<CostCategory>().notNull(),
    expenseType: text('expense_type').$type<ExpenseType>().notNull(),
    month: text('month').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('budget_reallocations_year_idx').on(t.fiscalYear),
    check('budget_reallocations_positive', sql`${t.amountCents} > 0`),
    check('budget_reallocations_distinct', sql`${t.fromTeamId} <> ${t.toTeamId}`),
  ],
);

// ── Goals ──────────────────────────────────────────────────────────────────────────────────────

/** One row: how far a key result may trail the elapsed share of its period before it is at risk or off track. */
export const goalSettings = pgTable('goal_settings', {
  id: integer('id').primaryKey().default(1),
  atRiskGapPercent: integer('at_risk_gap_percent').notNull().default(10),
  offTrackGapPercent: integer('off_track_gap_percent').notNull().default(25),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  check('goal_settings_single_row', sql`${t.id} = 1`),
  check('goal_settings_gaps', sql`${t.atRiskGapPercent} between 0 and 100 and ${t.offTrackGapPercent} between ${t.atRiskGapPercent} and 100`),
]);

/** The metrics catalog. last_measured_at / last_value are kept in the same statement as every measurement write. */
export const metrics = pgTable(
  'metrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    nameDe: text('name_de').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').$type<MetricUnit>().notNull(),
    direction: text('direction').$type<MetricDirection>().notNull(),
    aggregation: text('aggregation').$type<MetricAggregation>().notNull(),
    ownerTeamId: uuid('owner_team_id').notNull().references(() => teams.id),
    customerValue: boolean('customer_value').notNull().default(false),
    source: text('source').$type<MetricSource>().notNull().default('manual'),
    expectedIntervalDays: integer('expected_interval_days').notNull().default(7),
    minValue: doublePrecision('min_value'),
    maxValue: doublePrecision('max_value'),
    lastMeasuredAt: timestamp('last_measured_at', { withTimezone: true, mode: 'date' }),
    lastValue: doublePrecision('last_value'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('metrics_key_key').on(t.key),
    index('metrics_owner_team_idx').on(t.ownerTeamId),
    check('metrics_unit_check', sql`${t.unit} in ('count','percent','cents','minutes','score')`),
    check('metrics_direction_check', sql`${t.direction} in ('higher_is_better','lower_is_better')`),
    check('metrics_aggregation_check', sql`${t.aggregation} in ('sum','average','last')`),
    check('metrics_source_check', sql`${t.source} in ('manual','api','import')`),
    check('metrics_interval_check', sql`${t.expectedIntervalDays} between 1 and 366`),
  ],
);

/** Every write of measurements is a batch: a machine's delivery, an import, or one value entered by hand. */
export const measurementBatches = pgTable('measurement_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  payloadHash: text('payload_hash').notNull(),
  points: integer('points').notNull(),
  corrected: integer('corrected').notNull().default(0),
  source: text('source').$type<MetricSource>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * One value per metric and time stamp. A later point with the same time stamp replaces the value
 * and the replaced value is kept in measurement_revisions.
 */
export const measurements = pgTable(
  'measurements',
  {
    metricId: uuid('metric_id').notNull().references(() => metrics.id),
    measuredAt: timestamp('measured_at', { withTimezone: true, mode: 'date' }).notNull(),
    value: doublePrecision('value').notNull(),
    batchId: uuid('batch_id').notNull().references(() => measurementBatches.id),
  },
  // The primary key's index also carries the value (INCLUDE, in the migration): a period's
  // figure is read from the index alone.
  (t) => [primaryKey({ columns: [t.metricId, t.measuredAt] })],
);

export const measurementRevisions = pgTable(
  'measurement_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    metricId: uuid('metric_id').notNull(),
    measuredAt: timestamp('measured_at', { withTimezone: true, mode: 'date' }).notNull(),
    value: doublePrecision('value').notNull(),
    batchId: uuid('batch_id').notNull(),
    replacedByBatchId: uuid('replaced_by_batch_id').notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('measurement_revisions_point_idx').on(t.metricId, t.measuredAt)],
);

/** Team objectives per quarter; with team_id null an organization-wide objective team objectives contribute to. */
export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').references(() => teams.id),
    /** YYYY-Qn */
    quarter: text('quarter').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    contributesTo: uuid('contributes_to'),
    createdBy: text('created_by').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('objectives_quarter_team_idx').on(t.quarter, t.teamId),
    index('objectives_team_idx').on(t.teamId, t.quarter),
    index('objectives_contributes_idx').on(t.contributesTo),
    check('objectives_quarter_check', sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
    check('objectives_org_contributes_check', sql`${t.teamId} is not null or ${t.contributesTo} is null`),
  ],
);

export const keyResults = pgTable(
  'key_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    objectiveId: uuid('objective_id').notNull().references(() => objectives.id),
    metricId: uuid('metric_id').notNull().references(() => metrics.id),
    title: text('title').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('key_results_objective_idx').on(t.objectiveId, t.position),
    index('key_results_metric_idx').on(t.metricId),
    check('key_results_period_check', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/** Append-only: each check-in keeps the key result's figures at the moment it was written. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    keyResultId: uuid('key_result_id').notNull().references(() => keyResults.id),
    comment: text('comment').notNull(),
    confidence: text('confidence').$type<'high' | 'medium' | 'low'>(),
    value: doublePrecision('value'),
    progress: doublePrecision('progress'),
    status: text('status').$type<KrStatus>().notNull(),
    createdBy: text('created_by').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('check_ins_key_result_idx').on(t.keyResultId, t.createdAt)],
);
