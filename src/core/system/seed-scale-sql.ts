import { sql, type SQL } from 'drizzle-orm';

/**
 * The statements of the scale generator (seed-scale.ts). Everything is computed inside the
 * database from generate_series and hash functions, so millions of rows never cross the wire and
 * the same seed always gives the same organization:
 *
 * - `rand(key)` is a deterministic number in [0, 1) from hashtextextended(key, seed);
 * - `uid(key)` is a deterministic UUID (version 4 layout, so the API's id checks accept it) from
 *   md5(seed:key).
 *
 * Team n (1 … teams) is a platform team when n is a multiple of PLATFORM_EVERY; every team owns
 * SERVICES_PER_TEAM services, a platform team's are priced core services, and every fusion team
 * consumes CONSUMED_PER_TEAM of them.
 */

export const PLATFORM_EVERY = 20;
export const SERVICES_PER_TEAM = 5;
export const CONSUMED_PER_TEAM = 3;
export const SEED_LABEL = 'scale seed';

export interface ScaleMonth {
  month: string;
  fiscalYear: number;
  /** 0 … 23 across both fiscal years: drives growth. */
  index: number;
  /** Whether actuals (cost, revenue, allocation) are booked: months up to the current one. */
  actual: boolean;
}

/** Budget lines and how cost is booked against them: monthly euros for a team of size factor 1. */
export const PLAN_LINES = [
  { category: 'people', expenseType: 'opex', monthlyEuros: 110_000, entries: 2, fusionOnly: false },
  { category: 'people', expenseType: 'capex', monthlyEuros: 15_000, entries: 1, fusionOnly: false },
  { category: 'cloud', expenseType: 'opex', monthlyEuros: 12_000, entries: 2, fusionOnly: false },
  { category: 'licences', expenseType: 'opex', monthlyEuros: 6_000, entries: 1, fusionOnly: false },
  { category: 'marketing', expenseType: 'opex', monthlyEuros: 9_000, entries: 1, fusionOnly: true },
  { category: 'external', expenseType: 'opex', monthlyEuros: 20_000, entries: 1, fusionOnly: false },
  { category: 'external', expenseType: 'capex', monthlyEuros: 10_000, entries: 1, fusionOnly: false },
  { category: 'other', expenseType: 'opex', monthlyEuros: 3_000, entries: 1, fusionOnly: false },
] as const;

/** Revenue streams of every fusion team and their share of its revenue. */
export const STREAMS = [
  { name: 'Prämien Privatkunden', share: 0.6 },
  { name: 'Prämien Gewerbe', share: 0.3 },
  { name: 'Serviceentgelte', share: 0.1 },
] as const;

const BUSINESS = ['product', 'sales', 'marketing', 'operations', 'finance', 'actuarial', 'legal'];
const IT = ['engineering', 'architecture', 'data', 'security', 'it_operations', 'design'];
const PROVIDED_KINDS = ['core_service', 'core_service', 'data_platform', 'ai_service', 'core_service'];
const UNITS = ['API-Aufruf (Tsd.)', 'Vertrag im Bestand', 'TB Speicher', 'Mio. Tokens', 'Dokument (Tsd.)'];
const CRITICALITY = ['low', 'medium', 'high', 'critical', 'medium'];

export function scaleSql(seed: number) {
  const seedText = `scale:${seed}:`;
  const rand = (key: SQL) => sql`(((hashtextextended(${key}, ${seed}::bigint) & 9223372036854775807) % 1000000)::float8 / 1000000)`;
  const uid = (key: SQL) => sql`(overlay(overlay(md5(${seedText}::text || ${key}) placing '4' from 13) placing '8' from 17)::uuid)`;
  const textArray = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;

  return {
    rand,
    uid,

    /** Working tables of this transaction: the teams with their traits, and the months. */
    workingTables: (teams: number, months: readonly ScaleMonth[]) => [
      sql`create temp table scale_team on commit drop as
        select n, ${uid(sql`'team:' || n`)} as id, (n % ${PLATFORM_EVERY} = 0) as platform,
               0.6 + 0.9 * ${rand(sql`'size:' || n`)} as size,
               -- most teams spend 80–96 % of their direct budget (showback and the cloud's growth
               -- come on top); every eighth one runs over (105–125 %)
               case when ${rand(sql`'over:' || n`)} < 0.125 then 1.05 + 0.2 * ${rand(sql`'run:' || n`)} else 0.8 + 0.16 * ${rand(sql`'run:' || n`)} end as run,
               0.3 + 1.3 * ${rand(sql`'revenue:' || n`)} as revenue
        from generate_series(1, ${teams}::int) as n`,
      sql`alter table scale_team add primary key (n)`,
      sql`create temp table scale_month on commit drop as
        select * from unnest(${textArray(months.map((m) => m.month))}, ${sql.param(months.map((m) => m.fiscalYear))}::int[],
                             ${sql.param(months.map((m) => m.index))}::int[], ${sql.param(months.map((m) => m.actual))}::boolean[])
          as m(month, fiscal_year, i, actual)`,
      // Budget plan per team, fiscal year and line; the second year plans 5 % more.
      sql`create temp table scale_plan on commit drop as
        select t.n, t.id as team_id, y.fiscal_year, l.category, l.expense_type, l.entries, l.ord,
               round(l.monthly_euros * 100 * 12 * t.size * (0.9 + 0.2 * ${rand(sql`'line:' || t.n || ':' || l.ord || ':' || y.fiscal_year`)})
                     * case when y.fiscal_year = (select max(fiscal_year) from scale_month) then 1.05 else 1 end)::bigint as annual_cents
        from scale_team t
        cross join (select distinct fiscal_year from scale_month) y
        cross join unnest(${textArray(PLAN_LINES.map((l) => l.category))}, ${textArray(PLAN_LINES.map((l) => l.expenseType))},
                          ${sql.param(PLAN_LINES.map((l) => l.monthlyEuros))}::int[], ${sql.param(PLAN_LINES.map((l) => l.entries))}::int[],
                          ${sql.param(PLAN_LINES.map((l) => l.fusionOnly))}::boolean[]) with ordinality as l(category, expense_type, monthly_euros, entries, fusion_only, ord)
        where not (l.fusion_only and t.platform)`,
      sql`create index on scale_plan (n)`,
      sql`analyze scale_team`,
      sql`analyze scale_month`,
      sql`analyze scale_plan`,
    ],

    people: (firstDay: string) => [
      sql`insert into people (id, name, email, discipline, job_title)
        select ${uid(sql`'business:' || n`)}, 'Business Lead ' || lpad(n::text, 5, '0'), 'business.' || n || '@scale.example',
               (${textArray(BUSINESS)})[1 + n % ${BUSINESS.length}], 'Business Lead'
        from scale_team
        union all
        select ${uid(sql`'it:' || n`)}, 'IT-Lead ' || lpad(n::text, 5, '0'), 'it.' || n || '@scale.example',
               (${textArray(IT)})[1 + n % ${IT.length}], 'IT-Lead'
        from scale_team`,
      sql`insert into teams (id, name, kind, mission, mandate_kind, mandate_scope, customer_segment, stage, business_lead_id, it_lead_id)
        select id, case when platform then 'Plattform ' else 'Team ' end || lpad(n::text, 5, '0'),
               case when platform then 'platform' else 'fusion' end, 'Synthetic team for scale tests',
               case when platform then 'platform' when n % 2 = 0 then 'product' else 'customer_segment' end, '',
               case when platform then 'Fusion-Teams' else 'Segment ' || (1 + n % 40) end, 'active',
               ${uid(sql`'business:' || n`)}, ${uid(sql`'it:' || n`)}
        from scale_team`,
      sql`insert into memberships (team_id, person_id, role, allocation, start_date)
        select id, ${uid(sql`'business:' || n`)}, 'Business Lead', 100, ${firstDay}::date from scale_team
        union all
        select id, ${uid(sql`'it:' || n`)}, 'IT-Lead', 100, ${firstDay}::date from scale_team`,
    ],

    services: () => sql`insert into services (id, name, kind, owner_team_id, criticality, lifecycle, description, unit, unit_price_cents)
      select ${uid(sql`'service:' || t.n || ':' || k`)}, 'Service ' || lpad(t.n::text, 5, '0') || '-' || k,
             case when t.platform then (${textArray(PROVIDED_KINDS)})[k] else 'business_service' end,
             t.id, (${textArray(CRITICALITY)})[k], 'live', '',
             case when t.platform then (${textArray(UNITS)})[k] end,
             case when t.platform then (20 + floor(480 * ${rand(sql`'price:' || t.n || ':' || k`)}))::bigint end
      from scale_team t cross join generate_series(1, ${SERVICES_PER_TEAM}) as k`,

    /**
     * Each fusion team consumes three different core services, picked by hash: core service j
     * (0 … 5P − 1) is service j % 5 + 1 of platform team (j / 5 + 1) × PLATFORM_EVERY.
     */
    consumption: (platformTeams: number) => {
      const core = platformTeams * SERVICES_PER_TEAM;
      const stride = Math.max(1, Math.floor(core / CONSUMED_PER_TEAM));
      return sql`insert into consumption (team_id, service_id, month, quantity, unit_price_cents)
        select t.id, s.id, m.month,
               round((50 + 950 * ${rand(sql`'qty:' || t.n || ':' || c.k`)}) * (1 + 0.03 * m.i) * (0.95 + 0.1 * ${rand(sql`'qm:' || t.n || ':' || c.k || ':' || m.i`)}))::bigint,
               s.unit_price_cents
        from scale_team t
        cross join generate_series(0, ${CONSUMED_PER_TEAM - 1}) as c(k)
        cross join lateral (select ((floor(${core} * ${rand(sql`'consume:' || t.n`)})::int + c.k * ${stride}) % ${core}) as j) pick
        join services s on s.id = ${uid(sql`'service:' || ((pick.j / ${SERVICES_PER_TEAM} + 1) * ${PLATFORM_EVERY}) || ':' || (pick.j % ${SERVICES_PER_TEAM} + 1)`)}
        cross join scale_month m
        where not t.platform and m.actual`;
    },

    budgets: (proposedAt: Date, decidedAt: Date) => [
      sql`insert into budgets (id, team_id, fiscal_year, status, note, proposed_by, proposed_at, decided_by, decided_at)
        select ${uid(sql`'budget:' || t.n || ':' || y.fiscal_year`)}, t.id, y.fiscal_year, 'approved', '', 'business.' || t.n || '@scale.example',
               ${proposedAt.toISOString()}::timestamptz, ${SEED_LABEL}, ${decidedAt.toISOString()}::timestamptz
        from scale_team t cross join (select distinct fiscal_year from scale_month) y`,
      sql`insert into budget_lines (budget_id, category, expense_type, amount_cents)
        select ${uid(sql`'budget:' || n || ':' || fiscal_year`)}, category, expense_type, annual_cents from scale_plan`,
    ],

    /** The ledger of teams from … to: budget (each line spread like pnl-rules' spread()), cost and revenue. */
    ledgerChunk: (from: number, to: number, createdAt: Date) => {
      const meta = sql`${SEED_LABEL}, ${createdAt.toISOString()}::timestamptz`;
      const position = sql`(row_number() over (partition by p.n, p.fiscal_year, p.ord order by m.month) - 1)`;
      return [
        sql`insert into ledger_entries (team_id, month, kind, category, expense_type, amount_cents, reference, created_by, created_at)
          select team_id, month, 'budget', category, expense_type,
                 annual_cents / 12 + case when pos < annual_cents % 12 then 1 else 0 end, 'budget/' || ${uid(sql`'budget:' || n || ':' || fiscal_year`)}, ${meta}
          from (select p.*, m.month, ${position} as pos from scale_plan p join scale_month m on m.fiscal_year = p.fiscal_year
                where p.n between ${from}::int and ${to}::int) b
          order by team_id, month`,
        sql`insert into ledger_entries (team_id, month, kind, category, expense_type, amount_cents, reference, created_by, created_at)
          select p.team_id, m.month, 'cost', p.category, p.expense_type,
                 round(p.annual_cents / 12.0 / p.entries * t.run * (0.94 + 0.12 * ${rand(sql`'cost:' || p.n || ':' || p.ord || ':' || m.i || ':' || e`)})
                       * case when p.category = 'cloud' then 0.8 + 0.02 * (m.i % 12) else 1 end)::bigint,
                 'ERP-' || m.month || '-' || p.n || '-' || p.ord || '-' || e, ${meta}
          from scale_plan p
          join scale_team t on t.n = p.n
          join scale_month m on m.fiscal_year = p.fiscal_year and m.actual
          cross join lateral generate_series(1, p.entries) as e
          where p.n between ${from}::int and ${to}::int
          order by p.team_id, m.month`,
        sql`insert into ledger_entries (team_id, month, kind, stream, amount_cents, created_by, created_at)
          select t.id, m.month, 'revenue', s.name,
                 round(pl.monthly_cents * t.revenue * s.share * (1 + 0.015 * m.i) * (0.9 + 0.2 * ${rand(sql`'rev:' || t.n || ':' || s.ord || ':' || m.i`)}))::bigint, ${meta}
          from scale_team t
          join (select n, fiscal_year, sum(annual_cents) / 12 as monthly_cents from scale_plan group by 1, 2) pl on pl.n = t.n
          join scale_month m on m.fiscal_year = pl.fiscal_year and m.actual
          cross join unnest(${textArray(STREAMS.map((s) => s.name))}, ${sql.param(STREAMS.map((s) => s.share))}::float8[]) with ordinality as s(name, share, ord)
          where not t.platform and t.n between ${from}::int and ${to}::int
          order by t.id, m.month`,
        // Showback as bookShowback books it: the consumer pays quantity × the unit price it was recorded with.
        sql`insert into ledger_entries (team_id, month, kind, category, expense_type, service_id, amount_cents, created_by, created_at)
          select c.team_id, c.month, 'allocation', 'cloud', 'opex', c.service_id, c.quantity * c.unit_price_cents, ${meta}
          from consumption c
          where c.team_id = any(array(select id from scale_team where n between ${from}::int and ${to}::int))
          order by c.team_id, c.month`,
      ];
    },

    /**
     * The providing platform teams get the negated sum of what each service charged out in a
     * month: one entry per service and month, where bookShowback writes one per consumer (the same
     * sums, in fewer rows).
     */
    providerAllocations: (createdAt: Date) => sql`insert into ledger_entries (team_id, month, kind, category, expense_type, service_id, amount_cents, created_by, created_at)
      select s.owner_team_id, c.month, 'allocation', 'cloud', 'opex', c.service_id, -sum(c.quantity * c.unit_price_cents), ${SEED_LABEL}, ${createdAt.toISOString()}::timestamptz
      from consumption c join services s on s.id = c.service_id
      group by s.owner_team_id, c.month, c.service_id
      order by 1, 2, 3`,

    /** Both aggregates from the ledger just written, grouped exactly as appendLedgerEntries and checkLedgerInvariant do. */
    aggregatesChunk: (from: number, to: number) => {
      const teamsIn = sql`team_id = any(array(select id from scale_team where n between ${from}::int and ${to}::int))`;
      return [
        sql`insert into ledger_monthly (team_id, month, kind, category, expense_type, detail, amount_cents, entries)
          select team_id, month, kind, coalesce(category, ''), coalesce(expense_type, ''), coalesce(stream, service_id::text, ''), sum(amount_cents), count(*)
          from ledger_entries where ${teamsIn}
          group by 1, 2, 3, 4, 5, 6`,
        sql`insert into ledger_team_month (team_id, month, budget_cents, cost_cents, allocated_cents, revenue_cents)
          select team_id, month,
            coalesce(sum(amount_cents) filter (where kind = 'budget'), 0),
            coalesce(sum(amount_cents) filter (where kind = 'cost'), 0),
            coalesce(sum(amount_cents) filter (where kind = 'allocation'), 0),
            coalesce(sum(amount_cents) filter (where kind = 'revenue'), 0)
          from ledger_entries where ${teamsIn}
          group by 1, 2`,
      ];
    },

    counts: () => sql`select
      (select count(*) from teams) as teams, (select count(*) from people) as people, (select count(*) from memberships) as memberships,
      (select count(*) from services) as services, (select count(*) from consumption) as consumption,
      (select count(*) from budgets) as budgets, (select count(*) from budget_lines) as budget_lines,
      (select count(*) from ledger_entries) as ledger_entries, (select count(*) from ledger_monthly) as ledger_monthly,
      (select count(*) from ledger_team_month) as ledger_team_month`,
  };
}
