// The finance reports as people and spreadsheets see them: a team's P&L, the portfolio roll-up
// with its forecast and totals, the money flows, and the CSV/xlsx exports — on a fixed "today"
// (15 June 2026, fiscal year = calendar year unless a test says otherwise).
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MandateKind, PortfolioFinance, PortfolioFlows, Team, TeamFinance, TeamKind } from '../../src/contracts/index.ts';
import { PortfolioFinanceQuery } from '../../src/contracts/index.ts';
import { createService, createTeam, getPortfolioFinance, getPortfolioFlows, getTeamFinance, saveBudget } from '../../src/core/index.ts';
import { appendLedgerEntries, type LedgerRow } from '../../src/core/finance/ledger-store.ts';
import { inTransaction } from '../../src/core/shared/transaction.ts';
import type { Db } from '../../src/db/client.ts';
import * as schema from '../../src/db/schema.ts';
import { buildMembership, buildPerson, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
vi.setSystemTime(new Date('2026-06-15T10:00:00+02:00'));

let h: Harness;
let office: SignedIn;
let viewer: SignedIn;
let lead: SignedIn;
/** A member of the app team who leads nothing. */
let member: SignedIn;
/** A member of the broker team only. */
let otherMember: SignedIn;
const team: Record<'app' | 'broker' | 'cloud' | 'fresh' | 'rest', Team> = {} as never;
let serviceId: string;

const EUR = (euros: number) => Math.round(euros * 100);

const entry = (teamId: string, month: string, kind: LedgerRow['kind'], amountCents: number, over: Partial<LedgerRow> = {}): LedgerRow => ({
  teamId,
  month,
  kind,
  category: kind === 'revenue' ? null : 'people',
  expenseType: kind === 'revenue' ? null : 'opex',
  stream: null,
  serviceId: null,
  amountCents,
  reference: null,
  reversesId: null,
  ...over,
});
const book = (rows: LedgerRow[]) => inTransaction(h.ctx, (tx) => appendLedgerEntries(tx, rows, { batchId: null, createdBy: 'finance test', createdAt: new Date() }));
const months2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

const makeTeam = (name: string, kind: TeamKind, mandateKind: MandateKind, businessLeadId: string | null = null) =>
  createTeam(h.ctx, { name, kind, mission: '', mandateKind, mandateScope: '', customerSegment: '', businessLeadId, itLeadId: null });

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  viewer = await signIn(h, 'viewer');
  const leadPerson = await buildPerson(h, { discipline: 'product', name: 'Lena Produkt' });
  lead = await signIn(h, 'member', leadPerson.id);

  team.app = await makeTeam('Kfz-App', 'fusion', 'product', leadPerson.id);
  team.broker = await makeTeam('Makler-Portal', 'fusion', 'customer_segment');
  team.cloud = await makeTeam('Cloud-Plattform', 'platform', 'platform');
  team.fresh = await makeTeam('Neues Team', 'fusion', 'product');
  team.rest = await makeTeam('Plattform-Rest', 'platform', 'platform');

  const memberPerson = await buildPerson(h, { discipline: 'data' });
  await buildMembership(h, team.app.id, memberPerson.id, 50, '2026-01-01');
  member = await signIn(h, 'member', memberPerson.id);
  const otherPerson = await buildPerson(h, { discipline: 'marketing' });
  await buildMembership(h, team.broker.id, otherPerson.id, 50, '2026-01-01');
  otherMember = await signIn(h, 'member', otherPerson.id);

  serviceId = (
    await createService(h.ctx, {
      name: 'Kubernetes-Plattform',
      kind: 'core_service',
      ownerTeamId: team.cloud.id,
      criticality: 'high',
      lifecycle: 'live',
      description: '',
      links: [],
      unit: 'per namespace',
      unitPriceCents: 100,
      serviceLevels: [],
      dependsOn: [],
    })
  ).id;

  const { app, broker, cloud, rest } = team;
  const allocation = (teamId: string, month: string, cents: number) => entry(teamId, month, 'allocation', cents, { category: 'cloud', serviceId });
  await book([
    // The app team: 100,000 € budget a month; people cost, some cloud, the platform's service; revenue from two streams.
    ...months2026.map((m) => entry(app.id, m, 'budget', EUR(100_000))),
    ...[9_000_000, 9_000_000, 9_000_000, 9_500_000, 10_000_000, 4_000_000].map((c, i) => entry(app.id, months2026[i]!, 'cost', c)),
    entry(app.id, '2026-03', 'cost', 1_000_000, { category: 'cloud' }),
    allocation(app.id, '2026-04', 300_000),
    allocation(app.id, '2026-05', 300_001),
    ...months2026.slice(0, 5).map((m) => entry(app.id, m, 'revenue', 12_000_000, { stream: 'App' })),
    entry(app.id, '2026-05', 'revenue', 500_000, { stream: 'Vertrieb' }),
    entry(app.id, '2025-12', 'cost', 1_000_000),
    // The broker team spends more than its budget.
    ...months2026.map((m) => entry(broker.id, m, 'budget', 5_000_000, { category: 'external' })),
    ...months2026.slice(0, 5).map((m) => entry(broker.id, m, 'cost', 6_000_000, { category: 'external', expenseType: 'capex' })),
    ...months2026.slice(0, 5).map((m) => entry(broker.id, m, 'revenue', 4_000_000, { stream: 'Makler' })),
    // The platform team charges its service out to the app team.
    ...months2026.map((m) => entry(cloud.id, m, 'budget', 2_000_000, { category: 'cloud' })),
    ...months2026.slice(0, 5).map((m) => entry(cloud.id, m, 'cost', 2_000_000, { category: 'cloud' })),
    allocation(cloud.id, '2026-04', -300_000),
    allocation(cloud.id, '2026-05', -300_001),
    // A platform team with nothing but charge-outs: a negative run rate, rounded down.
    allocation(rest.id, '2026-03', -100),
    allocation(rest.id, '2026-04', -100),
    allocation(rest.id, '2026-05', -101),
  ]);
});
afterAll(async () => {
  await h.close();
  vi.useRealTimers();
});

const financeOf = async (who: SignedIn, teamId: string, query = '') => {
  const res = await who.http.get(`/api/v1/teams/${teamId}/finance${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TeamFinance;
};
const portfolio = async (query = '', who: SignedIn = office) => {
  const res = await who.http.get(`/api/v1/finance/portfolio${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PortfolioFinance;
};
const names = (p: PortfolioFinance) => p.rows.map((r) => r.teamName);

describe('a team’s P&L', () => {
  it('shows every month of the fiscal year with budget, revenue, direct and allocated cost and margin', async () => {
    const f = await financeOf(lead, team.app.id);
    expect(f).toMatchObject({ teamName: 'Kfz-App', teamKind: 'fusion', currency: 'EUR', period: { fiscalYear: 2026, from: '2026-01', to: '2026-12', currentMonth: '2026-06' } });
    expect(f.months.map((m) => m.month)).toEqual(months2026);
    expect(f.months[2]).toEqual({ month: '2026-03', budgetCents: 10_000_000, revenueCents: 12_000_000, directCostCents: 10_000_000, allocatedCents: 0, marginCents: 2_000_000 });
    expect(f.months[4]).toEqual({ month: '2026-05', budgetCents: 10_000_000, revenueCents: 12_500_000, directCostCents: 10_000_000, allocatedCents: 300_001, marginCents: 2_199_999 });
    expect(f.months[11]).toEqual({ month: '2026-12', budgetCents: 10_000_000, revenueCents: 0, directCostCents: 0, allocatedCents: 0, marginCents: 0 });
    expect(f.totals).toEqual({ budgetCents: 120_000_000, revenueCents: 60_500_000, directCostCents: 51_500_000, allocatedCents: 600_001, marginCents: 8_399_999 });
  });

  it('forecasts the fiscal year from the last three closed months and compares it with the full-year budget', async () => {
    const f = await financeOf(lead, team.app.id);
    // Closed: January to May. Run rate: (10,000,000 + 9,800,000 + 10,300,001) / 3, rounded down; seven months open.
    expect(f.forecast).toEqual({
      actualToDateCents: 52_100_001,
      runRateCents: 10_033_333,
      forecastCents: 48_100_001 + 7 * 10_033_333,
      budgetCents: 120_000_000,
      burnPercent: 43.4,
      overrun: false,
      overrunCents: 0,
    });
    const broker = await financeOf(office, team.broker.id);
    expect(broker.forecast).toMatchObject({ forecastCents: 72_000_000, budgetCents: 60_000_000, overrun: true, overrunCents: 12_000_000 });
    expect(broker.totals.marginCents).toBe(-10_000_000);
  });

  it('breaks the figures down by cost category, consumed service and revenue stream', async () => {
    const f = await financeOf(member, team.app.id);
    expect(f.byCategory).toEqual([
      { category: 'people', budgetCents: 120_000_000, actualCents: 50_500_000 },
      { category: 'cloud', budgetCents: 0, actualCents: 1_600_001 },
      { category: 'licences', budgetCents: 0, actualCents: 0 },
      { category: 'marketing', budgetCents: 0, actualCents: 0 },
      { category: 'external', budgetCents: 0, actualCents: 0 },
      { category: 'other', budgetCents: 0, actualCents: 0 },
    ]);
    expect(f.byService).toEqual([{ serviceId, serviceName: 'Kubernetes-Plattform', providerTeamName: 'Cloud-Plattform', amountCents: 600_001 }]);
    expect(f.byStream).toEqual([
      { stream: 'App', amountCents: 60_000_000 },
      { stream: 'Vertrieb', amountCents: 500_000 },
    ]);
  });

  it('shows a platform team’s charge-out as negative allocated cost', async () => {
    const f = await financeOf(office, team.cloud.id);
    expect(f.teamKind).toBe('platform');
    expect(f.months[3]).toMatchObject({ month: '2026-04', directCostCents: 2_000_000, allocatedCents: -300_000, marginCents: -1_700_000 });
    expect(f.byService).toEqual([{ serviceId, serviceName: 'Kubernetes-Plattform', providerTeamName: 'Cloud-Plattform', amountCents: -600_001 }]);
    expect(f.forecast).toMatchObject({ forecastCents: 9_399_999 + 7 * 1_799_999, budgetCents: 24_000_000, overrun: false });
  });

  it('narrows to some months of the year; the forecast still runs to the end of the fiscal year', async () => {
    const f = await financeOf(lead, team.app.id, '?from=2026-04&to=2026-05');
    expect(f.period.months).toEqual(['2026-04', '2026-05']);
    expect(f.months.map((m) => m.month)).toEqual(['2026-04', '2026-05']);
    expect(f.totals).toEqual({ budgetCents: 20_000_000, revenueCents: 24_500_000, directCostCents: 19_500_000, allocatedCents: 600_001, marginCents: 4_399_999 });
    expect(f.byCategory[1]).toEqual({ category: 'cloud', budgetCents: 0, actualCents: 600_001 });
    expect(f.forecast.forecastCents).toBe(118_333_332);
  });

  it('reads a past fiscal year as closed: the forecast is what was booked', async () => {
    const f = await financeOf(lead, team.app.id, '?fiscalYear=2025');
    expect(f.period).toMatchObject({ fiscalYear: 2025, currentMonth: null });
    expect(f.totals.directCostCents).toBe(1_000_000);
    expect(f.forecast).toMatchObject({ actualToDateCents: 1_000_000, forecastCents: 1_000_000, budgetCents: 0, burnPercent: null, overrun: true, overrunCents: 1_000_000 });
  });

  it('refuses a period outside the fiscal year, naming the field', async () => {
    const res = await lead.http.get(`/api/v1/teams/${team.app.id}/finance?fiscalYear=2026&from=2025-12`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'from', message: expect.stringContaining('2026-01 to 2026-12') })]);
  });

  it('lets the team’s members read it, not the members of another team', async () => {
    const f = await financeOf(member, team.app.id);
    expect(f.abilities).toEqual({ book: false, editBudget: false, decideBudget: false, reallocate: false });
    const res = await otherMember.http.get(`/api/v1/teams/${team.app.id}/finance`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
    expect((await otherMember.http.get(`/api/v1/teams/${team.app.id}/finance/export?table=ledger`)).statusCode).toBe(403);
  });

  it('tells leads and the portfolio office what they may do with the money', async () => {
    expect((await financeOf(lead, team.app.id)).abilities).toEqual({ book: true, editBudget: true, decideBudget: false, reallocate: false });
    expect((await financeOf(office, team.app.id)).abilities).toEqual({ book: true, editBudget: true, decideBudget: true, reallocate: true });
    expect((await financeOf(viewer, team.app.id)).abilities).toEqual({ book: false, editBudget: false, decideBudget: false, reallocate: false });
  });

  it('shows the team’s budget for the fiscal year beside the figures, and none where there is none', async () => {
    expect((await financeOf(office, team.broker.id)).budget).toBeNull();
    await saveBudget(h.ctx, { teamId: team.fresh.id, fiscalYear: 2026, expectedVersion: undefined, budget: { lines: [{ category: 'people', expenseType: 'opex', amountCents: 48_000_000 }], note: 'Erstes Jahr' } });
    const f = await financeOf(office, team.fresh.id);
    expect(f.budget).toMatchObject({ teamId: team.fresh.id, fiscalYear: 2026, status: 'draft', totalCents: 48_000_000, note: 'Erstes Jahr', abilities: { edit: true } });
    // A draft is not booked: the ledger's budget stays empty.
    expect(f.totals.budgetCents).toBe(0);
    expect((await financeOf(office, team.fresh.id, '?fiscalYear=2025')).budget).toBeNull();
  });

  it('says so when the team does not exist', async () => {
    expect((await office.http.get('/api/v1/teams/00000000-0000-4000-8000-000000000000/finance')).statusCode).toBe(404);
  });
});

describe('the portfolio roll-up', () => {
  it('lists every team with budget, actual, forecast, revenue, margin and the overrun flag', async () => {
    const p = await portfolio();
    expect(p.totalRows).toBe(5);
    expect(names(p)).toEqual(['Cloud-Plattform', 'Kfz-App', 'Makler-Portal', 'Neues Team', 'Plattform-Rest']);
    const app = p.rows.find((r) => r.teamId === team.app.id)!;
    expect(app).toEqual({
      teamId: team.app.id,
      teamName: 'Kfz-App',
      teamKind: 'fusion',
      mandateKind: 'product',
      budgetCents: 120_000_000,
      actualCents: 52_100_001,
      forecastCents: 118_333_332,
      revenueCents: 60_500_000,
      marginCents: 8_399_999,
      overrun: false,
    });
    expect(p.rows.find((r) => r.teamId === team.fresh.id)).toMatchObject({ budgetCents: 0, actualCents: 0, forecastCents: 0, revenueCents: 0, marginCents: 0, overrun: false });
    expect(p.rows.filter((r) => r.overrun).map((r) => r.teamName)).toEqual(['Makler-Portal']);
  });

  it('forecasts each team exactly as its own P&L does, negative run rates rounded down', async () => {
    const p = await portfolio();
    for (const row of p.rows) {
      const f = await getTeamFinance(h.ctx, row.teamId, {});
      expect({ team: row.teamName, forecast: row.forecastCents, overrun: row.overrun }).toEqual({ team: row.teamName, forecast: f.forecast.forecastCents, overrun: f.forecast.overrun });
    }
    // (-100 - 100 - 101) / 3 = -100.33…, rounded down to -101 for each of the seven open months.
    expect(p.rows.find((r) => r.teamId === team.rest.id)!.forecastCents).toBe(-301 - 7 * 101);
  });

  it('totals the organization and each mandate kind', async () => {
    const p = await portfolio('?limit=1');
    expect(p.rows).toHaveLength(1);
    expect(p.totals).toEqual({
      teams: 5,
      overrunTeams: 1,
      budgetCents: 120_000_000 + 60_000_000 + 24_000_000,
      actualCents: 52_100_001 + 30_000_000 + 9_399_999 - 301,
      forecastCents: 118_333_332 + 72_000_000 + 21_999_992 - 1008,
      revenueCents: 60_500_000 + 20_000_000,
      marginCents: 8_399_999 - 10_000_000 - 9_399_999 + 301,
    });
    expect(p.byMandate.map((m) => [m.mandateKind, m.teams, m.overrunTeams, m.budgetCents])).toEqual([
      ['product', 2, 0, 120_000_000],
      ['platform', 2, 0, 24_000_000],
      ['customer_segment', 1, 1, 60_000_000],
    ]);
  });

  it('sorts and pages in the database', async () => {
    const byForecast = await portfolio('?sort=forecast&order=desc&limit=2&offset=1');
    expect(names(byForecast)).toEqual(['Makler-Portal', 'Cloud-Plattform']);
    expect(byForecast.totalRows).toBe(5);
    // By how far the forecast runs past the full-year budget.
    expect(names(await portfolio('?sort=overrun&order=desc'))).toEqual(['Makler-Portal', 'Neues Team', 'Plattform-Rest', 'Kfz-App', 'Cloud-Plattform']);
    expect(names(await portfolio('?sort=margin&order=asc&limit=2'))).toEqual(['Makler-Portal', 'Cloud-Plattform']);
    expect(names(await portfolio('?sort=name&order=desc&offset=3'))).toEqual(['Kfz-App', 'Cloud-Plattform']);
    expect((await portfolio('?offset=10')).rows).toEqual([]);
  });

  it('filters by mandate kind, totals included', async () => {
    const p = await portfolio('?mandateKind=platform');
    expect(names(p)).toEqual(['Cloud-Plattform', 'Plattform-Rest']);
    expect(p.totals).toMatchObject({ teams: 2, budgetCents: 24_000_000, actualCents: 9_399_999 - 301 });
    expect(p.byMandate).toEqual([{ mandateKind: 'platform', ...p.totals }]);
  });

  it('filters by period: budget, actual, revenue and margin over those months, the forecast over the year', async () => {
    const p = await portfolio('?from=2026-04&to=2026-05');
    expect(p.period.months).toEqual(['2026-04', '2026-05']);
    expect(p.rows.find((r) => r.teamId === team.app.id)).toMatchObject({ budgetCents: 20_000_000, actualCents: 20_100_001, revenueCents: 24_500_000, marginCents: 4_399_999, forecastCents: 118_333_332 });
    expect(p.totals.budgetCents).toBe(20_000_000 + 10_000_000 + 4_000_000);
  });

  it('follows a fiscal year that starts in April across the calendar year', async () => {
    await h.database.db.execute(sql`update finance_settings set fiscal_year_start_month = 4`);
    try {
      const f = await financeOf(lead, team.app.id, '?fiscalYear=2025');
      expect(f.period).toMatchObject({ fiscalYear: 2025, from: '2025-04', to: '2026-03', currentMonth: null });
      expect(f.months.map((m) => m.month).slice(8)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
      expect(f.totals).toMatchObject({ budgetCents: 30_000_000, directCostCents: 1_000_000 + 28_000_000 });
      const p = await portfolio('?fiscalYear=2025');
      expect(p.rows.find((r) => r.teamId === team.app.id)).toMatchObject({ budgetCents: 30_000_000, actualCents: 29_000_000, forecastCents: 29_000_000, overrun: false });
      // The current fiscal year runs from April 2026: April and May are closed.
      const now = await portfolio();
      expect(now.period).toMatchObject({ fiscalYear: 2026, from: '2026-04', to: '2027-03', currentMonth: '2026-06' });
      expect(now.rows.find((r) => r.teamId === team.app.id)).toMatchObject({ forecastCents: (await getTeamFinance(h.ctx, team.app.id, {})).forecast.forecastCents });
    } finally {
      await h.database.db.execute(sql`update finance_settings set fiscal_year_start_month = 1`);
    }
  });

  it('is for steering and viewers, not for team members', async () => {
    await portfolio('', viewer);
    expect((await lead.http.get('/api/v1/finance/portfolio')).statusCode).toBe(403);
    expect((await member.http.get('/api/v1/finance/portfolio/flows')).statusCode).toBe(403);
  });
});

describe('exports', () => {
  const csvRows = (body: string) => parse(body, { delimiter: ';', bom: true }) as string[][];

  it('downloads a team’s P&L as CSV with the same figures', async () => {
    const res = await lead.http.get(`/api/v1/teams/${team.app.id}/finance/export?format=csv&table=pnl`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tandem-kfz-app-pnl-2026.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = csvRows(res.body);
    expect(header).toEqual(['Month', 'Budget', 'Revenue', 'Direct cost', 'Allocated cost', 'Margin']);
    expect(rows[4]).toEqual(['2026-05', '100000.00', '125000.00', '100000.00', '3000.01', '21999.99']);
    const f = await financeOf(lead, team.app.id);
    expect(rows.map((r) => [r[0], ...r.slice(1).map((a) => Math.round(Number(a) * 100))])).toEqual(
      f.months.map((m) => [m.month, m.budgetCents, m.revenueCents, m.directCostCents, m.allocatedCents, m.marginCents]),
    );
  });

  it('downloads the ledger entries of the period, and negative amounts keep their sign', async () => {
    const res = await office.http.get(`/api/v1/teams/${team.cloud.id}/finance/export?table=ledger&from=2026-04&to=2026-05`);
    const [header, ...rows] = csvRows(res.body);
    expect(header!.slice(0, 8)).toEqual(['Entry', 'Month', 'Kind', 'Category', 'Expense type', 'Stream', 'Service', 'Amount']);
    expect(rows.map((r) => [r[1], r[2], r[6], r[7]])).toEqual([
      ['2026-04', 'budget', '', '20000.00'],
      ['2026-05', 'budget', '', '20000.00'],
      ['2026-04', 'cost', '', '20000.00'],
      ['2026-05', 'cost', '', '20000.00'],
      ['2026-04', 'allocation', 'Kubernetes-Plattform', '-3000.00'],
      ['2026-05', 'allocation', 'Kubernetes-Plattform', '-3000.01'],
    ]);
  });

  it('downloads the categories and services tables', async () => {
    const categories = csvRows((await lead.http.get(`/api/v1/teams/${team.app.id}/finance/export?table=categories`)).body);
    expect(categories.slice(0, 3)).toEqual([
      ['Category', 'Budget', 'Actual', 'Remaining'],
      ['people', '1200000.00', '505000.00', '695000.00'],
      ['cloud', '0.00', '16000.01', '-16000.01'],
    ]);
    const services = csvRows((await lead.http.get(`/api/v1/teams/${team.app.id}/finance/export?table=services`)).body);
    expect(services).toEqual([
      ['Service', 'Provider team', 'Allocated cost'],
      ['Kubernetes-Plattform', 'Cloud-Plattform', '6000.01'],
    ]);
  });

  it('downloads the whole portfolio as xlsx, not only one page, with amounts formatted in euros', async () => {
    const res = await office.http.get('/api/v1/finance/portfolio/export?format=xlsx&sort=forecast&order=desc&limit=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tandem-portfolio-2026.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Team', 'Team kind', 'Mandate', 'Budget', 'Actual', 'Forecast', 'Revenue', 'Margin', 'Overrun']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(6);
    const p = await portfolio('?sort=forecast&order=desc');
    for (const [i, row] of p.rows.entries()) {
      const cells = values(i + 2);
      expect([cells[0], ...(cells.slice(3, 8) as number[]).map((a) => Math.round(a * 100)), cells[8]]).toEqual([
        row.teamName,
        row.budgetCents,
        row.actualCents,
        row.forecastCents,
        row.revenueCents,
        row.marginCents,
        row.overrun,
      ]);
    }
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('#,##0.00 "€"');
    expect(sheet.getRow(2).getCell(4).value).toBe(1_200_000);
  });

  it('downloads the portfolio as CSV with the filters of the view', async () => {
    const res = await viewer.http.get('/api/v1/finance/portfolio/export?mandateKind=platform');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tandem-portfolio-2026.csv"');
    expect(csvRows(res.body)).toEqual([
      ['Team', 'Team kind', 'Mandate', 'Budget', 'Actual', 'Forecast', 'Revenue', 'Margin', 'Overrun'],
      ['Cloud-Plattform', 'platform', 'platform', '240000.00', '93999.99', '219999.92', '0.00', '-93999.99', 'false'],
      ['Plattform-Rest', 'platform', 'platform', '0.00', '-3.01', '-10.08', '0.00', '3.01', 'false'],
    ]);
  });
});

describe('at scale', () => {
  /** A database handle on the same connection that counts the statements it sends. */
  function countingDb(): { db: Db; statements: () => number } {
    let count = 0;
    const logger = { logQuery: () => void count++ };
    const client = (h.database.db as unknown as { $client: never }).$client;
    const db = (h.kind === 'pglite' ? drizzlePglite(client, { schema, logger }) : drizzlePg(client, { schema, logger })) as unknown as Db;
    return { db, statements: () => count };
  }
  const statementsFor = async (read: (db: Db) => Promise<unknown>) => {
    const { db, statements } = countingDb();
    await read(db);
    return statements();
  };
  const rollup = (db: Db) => getPortfolioFinance({ ...h.ctx, db }, PortfolioFinanceQuery.parse({ sort: 'forecast', order: 'desc' }));
  const flows = (db: Db) => getPortfolioFlows({ ...h.ctx, db }, {});

  /** Eleven more services of the platform; the 300 new teams consume one each. */
  const extraServices: { id: string; name: string }[] = [];

  it('reads the portfolio and the flows with as many SQL statements for 300 more teams', async () => {
    const before = { rollup: await statementsFor(rollup), flows: await statementsFor(flows) };
    // The settings, then one statement for the roll-up (or the flows).
    expect(before).toEqual({ rollup: 2, flows: 2 });

    for (let k = 0; k < 11; k++) {
      const name = `Dienst ${String(k).padStart(2, '0')}`;
      const created = await createService(h.ctx, { name, kind: 'core_service', ownerTeamId: team.cloud.id, criticality: 'low', lifecycle: 'live', description: '', links: [], unit: 'per call', unitPriceCents: 1, serviceLevels: [], dependsOn: [] });
      extraServices.push({ id: created.id, name });
    }
    const inserted = await h.database.db.execute(sql`
      insert into teams (name, kind, mandate_kind) select 'Skalierung ' || lpad(i::text, 3, '0'), 'fusion', 'product' from generate_series(1, 300) i returning id, name`);
    const teamIds = (inserted as unknown as { rows: { id: string; name: string }[] }).rows.sort((a, b) => a.name.localeCompare(b.name)).map((r) => r.id);
    // Team i spends about 1,000 € to 1,300 € a month (more the higher i), in two categories, and consumes service i mod 11.
    await book(
      teamIds.flatMap((id, i) =>
        months2026.slice(0, 5).flatMap((m) => [
          entry(id, m, 'budget', 150_000),
          entry(id, m, 'cost', 80_000 + i * 100),
          entry(id, m, 'cost', 20_000, { category: 'licences' }),
          entry(id, m, 'allocation', 1_000 + (i % 11), { category: 'cloud', serviceId: extraServices[i % 11]!.id }),
        ]),
      ),
    );

    expect({ rollup: await statementsFor(rollup), flows: await statementsFor(flows) }).toEqual(before);
    const p = await rollup(h.database.db);
    expect(p.totalRows).toBe(305);
    expect(p.byMandate.find((m) => m.mandateKind === 'product')!.teams).toBe(302);
  });

  it('shows the twelve biggest spenders one by one and all other teams as one bucket', async () => {
    const res = await office.http.get('/api/v1/finance/portfolio/flows');
    expect(res.statusCode).toBe(200);
    const f = res.json() as PortfolioFlows;
    expect(f.teams).toHaveLength(13);
    expect(f.teams.slice(0, 3).map((t) => t.teamName)).toEqual(['Kfz-App', 'Makler-Portal', 'Cloud-Plattform']);
    expect(f.teams[0]).toEqual({
      teamId: team.app.id,
      teamName: 'Kfz-App',
      mandateKind: 'product',
      budgetCents: 120_000_000,
      byCategory: [
        { category: 'people', amountCents: 50_500_000 },
        { category: 'cloud', amountCents: 1_000_000 },
      ],
      byService: [{ serviceId, serviceName: 'Kubernetes-Plattform', amountCents: 600_001 }],
    });
    // The platform's charge-out does not flow anywhere; its own cost does.
    expect(f.teams[2]).toMatchObject({ teamName: 'Cloud-Plattform', byCategory: [{ category: 'cloud', amountCents: 10_000_000 }], byService: [] });
    // The biggest of the 300 new teams follow (the last ones spend the most), then the rest as one.
    expect(f.teams.slice(3, 12).map((t) => t.teamName)).toEqual(Array.from({ length: 9 }, (_, i) => `Skalierung ${300 - i}`));
    const others = f.teams[12]!;
    expect(others).toMatchObject({ teamId: null, teamName: 'All other teams', mandateKind: null, budgetCents: 291 * 5 * 150_000 });
    const rest = Array.from({ length: 291 }, (_, i) => i);
    expect(others.byCategory).toEqual([
      { category: 'people', amountCents: rest.reduce((sum, i) => sum + 5 * (80_000 + i * 100), 0) },
      { category: 'licences', amountCents: 291 * 5 * 20_000 },
    ]);
    // Ten services are named (the platform's Kubernetes and nine of the eleven); the two consumed least of all are "other services".
    const consumed = (k: number) => rest.filter((i) => i % 11 === k).reduce((sum) => sum + 5 * (1_000 + k), 0);
    const expected = [
      ...extraServices.filter((_, k) => k !== 3 && k !== 4).map((s) => ({ serviceId: s.id, serviceName: s.name, amountCents: consumed(extraServices.indexOf(s)) })),
      { serviceId: null, serviceName: 'Other services', amountCents: consumed(3) + consumed(4) },
    ];
    const byName = (a: { serviceName: string }, b: { serviceName: string }) => a.serviceName.localeCompare(b.serviceName);
    expect([...others.byService].sort(byName)).toEqual(expected.sort(byName));
    expect(others.byService.map((s) => s.amountCents)).toEqual([...others.byService.map((s) => s.amountCents)].sort((a, b) => b - a));
    const named = new Set(f.teams.flatMap((t) => t.byService.filter((s) => s.serviceId !== null).map((s) => s.serviceName)));
    expect(named.size).toBe(10);
    expect([named.has('Dienst 03'), named.has('Dienst 04'), named.has('Kubernetes-Plattform')]).toEqual([false, false, true]);
  });
});
