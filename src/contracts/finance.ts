import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Cents, YearMonth } from './money.ts';
import { RowError } from './services.ts';
import { MandateKind, TeamKind } from './teams.ts';

// ── Settings and calendar ──────────────────────────────────────────────────────────────────────

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const;
export const Currency = z.enum(CURRENCIES);
export type Currency = z.infer<typeof Currency>;

/** A fiscal year is named by the calendar year it starts in: with an April start, FY 2026 is 2026-04 … 2027-03. */
export const FiscalYear = z.coerce.number().int('must be a whole year').min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');

export const FinanceSettings = z.object({
  fiscalYearStartMonth: z.number().int().min(1).max(12).describe('1 = January'),
  currency: Currency,
  firstFiscalYear: z.number().int().describe('The earliest fiscal year the ledger accepts entries for'),
  version: z.number().int(),
});
export type FinanceSettings = z.infer<typeof FinanceSettings>;

export const UpdateFinanceSettings = z.object({
  fiscalYearStartMonth: z.number().int('must be a whole month').min(1, 'must be 1 to 12').max(12, 'must be 1 to 12'),
  currency: Currency,
  firstFiscalYear: FiscalYear,
});

// ── Ledger ─────────────────────────────────────────────────────────────────────────────────────

export const COST_CATEGORIES = ['people', 'cloud', 'licences', 'marketing', 'external', 'other'] as const;
export const CostCategory = z.enum(COST_CATEGORIES);
export type CostCategory = z.infer<typeof CostCategory>;

export const EXPENSE_TYPES = ['opex', 'capex'] as const;
export const ExpenseType = z.enum(EXPENSE_TYPES);
export type ExpenseType = z.infer<typeof ExpenseType>;

/**
 * budget: from approved budgets and reallocations; cost: direct cost by category; revenue: by
 * product or stream; allocation: showback of consumed core services (negative on the providing team).
 */
export const LEDGER_KINDS = ['budget', 'cost', 'revenue', 'allocation'] as const;
export const LedgerKind = z.enum(LEDGER_KINDS);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** Signed cents: a reversal carries the negated amount of what it corrects. */
export const SignedCents = z
  .number({ error: 'must be a number of cents' })
  .int('must be whole cents')
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER);

const Stream = z.string().trim().min(1, 'must not be empty').max(80);

/** What machines and people book: actual cost or revenue. Budgets and allocations have their own ways in. */
export const LedgerBooking = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cost'),
    teamId: Id,
    month: YearMonth,
    category: CostCategory,
    expenseType: ExpenseType.default('opex'),
    amountCents: SignedCents,
    reference: z.string().trim().max(120).optional().describe('The source system’s document number'),
  }),
  z.object({
    kind: z.literal('revenue'),
    teamId: Id,
    month: YearMonth,
    stream: Stream.describe('Product or revenue stream, e.g. "E-Scooter-Police"'),
    amountCents: SignedCents,
    reference: z.string().trim().max(120).optional(),
  }),
]);
export type LedgerBooking = z.infer<typeof LedgerBooking>;
export type LedgerBookingInput = z.input<typeof LedgerBooking>;

export const LEDGER_BATCH_MAX = 10_000;

export const LedgerBatch = z.object({
  idempotencyKey: z.string().trim().min(8, 'must be at least 8 characters').max(200).describe('A retry with the same key and items is not booked twice'),
  items: z.array(LedgerBooking).min(1, 'must hold at least one entry').max(LEDGER_BATCH_MAX, `must hold at most ${LEDGER_BATCH_MAX} entries`),
});
export type LedgerBatch = z.infer<typeof LedgerBatch>;

export const LedgerBatchResult = z.object({
  batchId: Id,
  idempotencyKey: z.string(),
  entries: z.number().int(),
  totalCents: z.number().int().describe('Sum of all amounts in the batch'),
  replayed: z.boolean().describe('True when this key was already booked; nothing was written again'),
});
export type LedgerBatchResult = z.infer<typeof LedgerBatchResult>;

export const LedgerEntry = z.object({
  id: z.string().describe('Ledger entries are numbered in booking order'),
  teamId: Id,
  month: YearMonth,
  kind: LedgerKind,
  category: CostCategory.nullable(),
  expenseType: ExpenseType.nullable(),
  stream: z.string().nullable().describe('Revenue stream; for allocations the core service'),
  serviceId: Id.nullable(),
  amountCents: z.number().int(),
  reference: z.string().nullable(),
  reversesId: z.string().nullable(),
  reversedById: z.string().nullable(),
  batchId: Id.nullable(),
  createdBy: z.string(),
  createdAt: Timestamp,
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgerQuery = z.object({
  fiscalYear: FiscalYear.optional(),
  kind: LedgerKind.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ReverseLedgerEntry = z.object({
  reason: z.string().trim().min(3, 'say why, in at least 3 characters').max(500),
});

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const LedgerImport = z.object({
  format: ImportFormat.default('csv'),
  content: z.string().min(1, 'must not be empty').max(16_000_000).describe('CSV text, or the xlsx file base64-encoded. Columns: team, month, kind (cost|revenue), category, expense_type, stream, amount (in the currency, e.g. 1234.56), reference'),
  idempotencyKey: LedgerBatch.shape.idempotencyKey,
  dryRun: z.boolean().default(true),
});
export type LedgerImportInput = z.input<typeof LedgerImport>;

export const LedgerImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  errors: z.array(RowError),
  preview: z.array(z.object({ row: z.number().int(), teamName: z.string(), booking: LedgerBooking })).describe('The first 200 rows as they would be booked'),
  totalCents: z.number().int(),
  result: LedgerBatchResult.nullable(),
  batches: z.array(LedgerBatchResult).describe('The batches an applied file was booked as: one per 10,000 rows, keyed "<key>:<n>" when there are several'),
});
export type LedgerImportResult = z.infer<typeof LedgerImportResult>;

export const FinanceVerifyResult = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  aggregates: z.number().int(),
  mismatches: z.array(z.object({ teamId: Id, month: YearMonth, kind: LedgerKind, storedCents: z.number().int(), ledgerCents: z.number().int() })),
  incompleteBatches: z.array(z.object({ batchId: Id, expected: z.number().int(), found: z.number().int() })),
});
export type FinanceVerifyResult = z.infer<typeof FinanceVerifyResult>;

// ── Budgets ────────────────────────────────────────────────────────────────────────────────────

export const BUDGET_STATUSES = ['draft', 'proposed', 'approved', 'rejected'] as const;
export const BudgetStatus = z.enum(BUDGET_STATUSES);
export type BudgetStatus = z.infer<typeof BudgetStatus>;

export const BudgetLine = z.object({ category: CostCategory, expenseType: ExpenseType, amountCents: Cents });
export type BudgetLine = z.infer<typeof BudgetLine>;

export const SaveBudget = z.object({
  lines: z.array(BudgetLine).max(COST_CATEGORIES.length * EXPENSE_TYPES.length).describe('One line per category and expense type; missing lines are zero'),
  note: z.string().trim().max(2000).default(''),
});
export type SaveBudgetInput = z.input<typeof SaveBudget>;

export const BUDGET_DECISIONS = ['approve', 'reject'] as const;
export const DecideBudget = z.object({
  decision: z.enum(BUDGET_DECISIONS),
  comment: z.string().trim().max(2000).default(''),
});

export const Budget = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  fiscalYear: z.number().int(),
  status: BudgetStatus,
  lines: z.array(BudgetLine),
  totalCents: z.number().int(),
  /** Approved total plus reallocations in and out. */
  currentCents: z.number().int(),
  note: z.string(),
  decisionComment: z.string(),
  proposedBy: z.string().nullable(),
  proposedAt: Timestamp.nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean() }),
});
export type Budget = z.infer<typeof Budget>;

export const BudgetQuery = z.object({ fiscalYear: FiscalYear.optional(), status: BudgetStatus.optional() });

export const CreateReallocation = z
  .object({
    fiscalYear: FiscalYear,
    fromTeamId: Id,
    toTeamId: Id,
    category: CostCategory,
    expenseType: ExpenseType.default('opex'),
    month: YearMonth.describe('From when the money moves; booked in this month'),
    amountCents: Cents.refine((c) => c > 0, 'must be more than zero'),
    reason: z.string().trim().min(3, 'say why, in at least 3 characters').max(1000),
  })
  .refine((r) => r.fromTeamId !== r.toTeamId, { path: ['toTeamId'], message: 'must be a different team' });

export const Reallocation = z.object({
  id: Id,
  fiscalYear: z.number().int(),
  fromTeamId: Id,
  fromTeamName: z.string(),
  toTeamId: Id,
  toTeamName: z.string(),
  category: CostCategory,
  expenseType: ExpenseType,
  month: YearMonth,
  amountCents: z.number().int(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: Timestamp,
});
export type Reallocation = z.infer<typeof Reallocation>;

// ── Reports ────────────────────────────────────────────────────────────────────────────────────

export const FinancePeriodQuery = z
  .object({
    fiscalYear: FiscalYear.optional().describe('Defaults to the current fiscal year'),
    from: YearMonth.optional().describe('First month of the period, inside the fiscal year'),
    to: YearMonth.optional().describe('Last month of the period, inside the fiscal year'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });

export const Period = z.object({ fiscalYear: z.number().int(), from: YearMonth, to: YearMonth, months: z.array(YearMonth), currentMonth: YearMonth.nullable().describe('The month “today” is in, when it is inside the fiscal year') });
export type Period = z.infer<typeof Period>;

export const PnlMonth = z.object({
  month: YearMonth,
  budgetCents: z.number().int(),
  revenueCents: z.number().int(),
  directCostCents: z.number().int(),
  allocatedCents: z.number().int().describe('Showback of consumed core services; negative on a platform team that charges out'),
  marginCents: z.number().int().describe('revenue − direct cost − allocated cost'),
});
export type PnlMonth = z.infer<typeof PnlMonth>;

export const Forecast = z.object({
  actualToDateCents: z.number().int(),
  runRateCents: z.number().int().describe('Average monthly cost over the last three months with figures'),
  forecastCents: z.number().int().describe('Actual to date plus the run rate for every month left in the fiscal year'),
  budgetCents: z.number().int(),
  burnPercent: z.number().nullable().describe('Actual to date as a share of the budget'),
  overrun: z.boolean(),
  overrunCents: z.number().int(),
});
export type Forecast = z.infer<typeof Forecast>;

export const TeamFinance = z.object({
  teamId: Id,
  teamName: z.string(),
  teamKind: TeamKind,
  currency: Currency,
  period: Period,
  months: z.array(PnlMonth),
  totals: PnlMonth.omit({ month: true }),
  forecast: Forecast,
  byCategory: z.array(z.object({ category: CostCategory, budgetCents: z.number().int(), actualCents: z.number().int() })),
  byService: z.array(z.object({ serviceId: Id, serviceName: z.string(), providerTeamName: z.string(), amountCents: z.number().int() })),
  byStream: z.array(z.object({ stream: z.string(), amountCents: z.number().int() })),
  budget: Budget.nullable(),
  abilities: z.object({ book: z.boolean(), editBudget: z.boolean(), decideBudget: z.boolean(), reallocate: z.boolean() }),
});
export type TeamFinance = z.infer<typeof TeamFinance>;

export const PORTFOLIO_SORTS = ['name', 'budget', 'actual', 'forecast', 'revenue', 'margin', 'overrun'] as const;

export const PortfolioFinanceQuery = FinancePeriodQuery.safeExtend({
  mandateKind: MandateKind.optional(),
  sort: z.enum(PORTFOLIO_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PortfolioFinanceRow = z.object({
  teamId: Id,
  teamName: z.string(),
  teamKind: TeamKind,
  mandateKind: MandateKind,
  budgetCents: z.number().int(),
  actualCents: z.number().int().describe('Direct cost plus allocated cost'),
  forecastCents: z.number().int(),
  revenueCents: z.number().int(),
  marginCents: z.number().int(),
  overrun: z.boolean(),
});
export type PortfolioFinanceRow = z.infer<typeof PortfolioFinanceRow>;

const Totals = PortfolioFinanceRow.pick({ budgetCents: true, actualCents: true, forecastCents: true, revenueCents: true, marginCents: true }).extend({
  teams: z.number().int(),
  overrunTeams: z.number().int(),
});

export const PortfolioFinance = z.object({
  currency: Currency,
  period: Period,
  totals: Totals,
  byMandate: z.array(Totals.extend({ mandateKind: MandateKind })),
  rows: z.array(PortfolioFinanceRow),
  totalRows: z.number().int(),
});
export type PortfolioFinance = z.infer<typeof PortfolioFinance>;

/** The money's way for the Sankey and the treemap: approved budget → teams → cost categories and core services. */
export const PortfolioFlows = z.object({
  currency: Currency,
  period: Period,
  teams: z.array(
    z.object({
      teamId: Id.nullable().describe('null for the bucket of all other teams'),
      teamName: z.string(),
      mandateKind: MandateKind.nullable(),
      budgetCents: z.number().int(),
      byCategory: z.array(z.object({ category: CostCategory, amountCents: z.number().int() })),
      byService: z.array(z.object({ serviceId: Id.nullable().describe('null for all other services together'), serviceName: z.string(), amountCents: z.number().int() })),
    }),
  ),
});
export type PortfolioFlows = z.infer<typeof PortfolioFlows>;

export const EXPORT_TABLES = ['pnl', 'ledger', 'categories', 'services'] as const;
export const ExportQuery = z.object({ format: ImportFormat.default('csv') });
export const TeamExportQuery = FinancePeriodQuery.safeExtend({ format: ImportFormat.default('csv'), table: z.enum(EXPORT_TABLES).default('pnl') });
export const PortfolioExportQuery = PortfolioFinanceQuery.safeExtend({ format: ImportFormat.default('csv') });
