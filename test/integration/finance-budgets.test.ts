import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../src/contracts/index.ts';
import { transitionTeam } from '../../src/core/index.ts';
import { checkLedgerInvariant } from '../../src/core/finance/ledger-store.ts';
import { queryRows } from '../../src/db/client.ts';
import { auditEvents, budgetReallocations, ledgerEntries, ledgerTeamMonth } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Client, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let office2: SignedIn;
let viewer: SignedIn;
/** Business lead of every team built with `ledTeam`. */
let lead: SignedIn;
/** A current member of `home`, leading nothing. */
let member: SignedIn;
let outsider: SignedIn;
let home: Team;

// The calendar starts in January until a test says otherwise, so the fiscal year is the calendar year.
const FY = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));
const LINES = [
  { category: 'people', expenseType: 'opex', amountCents: 1_000_007 },
  { category: 'cloud', expenseType: 'capex', amountCents: 240_000 },
  { category: 'marketing', expenseType: 'opex', amountCents: 0 },
];

let leadPersonId: string;
const ledTeam = () => buildTeam(h, { stage: 'active', businessLeadId: leadPersonId });
const url = (team: { id: string }, year = FY) => `/api/v1/teams/${team.id}/budgets/${year}`;
const put = (http: Client, path: string, body: unknown, headers: Record<string, string> = {}) => http.request({ method: 'PUT', url: path, payload: body as object, headers });
const save = (http: Client, team: { id: string }, body: unknown, headers: Record<string, string> = {}, year = FY) => put(http, url(team, year), body, headers);
const submit = (http: Client, team: { id: string }, version: number) => http.post(`${url(team)}/submission`, undefined, ifMatch(version));
const decide = (http: Client, team: { id: string }, version: number, body: unknown) => http.post(`${url(team)}/decision`, body, ifMatch(version));
const fields = (res: { json(): { errors?: { field: string }[] } }) => (res.json().errors ?? []).map((e) => e.field);

const budgetEntries = (teamId: string) =>
  h.database.db.select().from(ledgerEntries).where(and(eq(ledgerEntries.teamId, teamId), eq(ledgerEntries.kind, 'budget'))).orderBy(ledgerEntries.id);
const eventsFor = (entityId: string) => h.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.seq);

/** How much is written anywhere that counts: audit events, ledger entries, reallocations, budgets and their lines, the settings. */
async function footprint() {
  const [row] = await queryRows<Record<string, number | string | null>>(
    h.database.db,
    sql`select (select max(seq) from audit_events) as audit, (select count(*) from ledger_entries) as ledger,
               (select count(*) from budget_reallocations) as moves, (select count(*) from budgets) as budgets,
               (select coalesce(sum(version), 0) from budgets) as budget_versions, (select count(*) from budget_lines) as lines,
               (select coalesce(sum(version), 0) from finance_settings) as settings_version`,
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

/** Drafts, proposes (as the lead) and approves (as the office) a budget; returns the approved budget. */
async function approvedBudget(team: Team, lines: unknown[] = LINES) {
  const draft = await save(lead.http, team, { lines });
  expect(draft.statusCode, draft.body).toBe(201);
  const proposed = await submit(lead.http, team, draft.json().version);
  expect(proposed.statusCode, proposed.body).toBe(200);
  const approved = await decide(office.http, team, proposed.json().version, { decision: 'approve' });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json();
}

beforeAll(async () => {
  h = await createHarness();
  [office, office2, viewer, outsider] = await Promise.all([signIn(h, 'portfolio_office'), signIn(h, 'portfolio_office'), signIn(h, 'viewer'), signIn(h, 'member', (await buildPerson(h)).id)]);
  const leadPerson = await buildPerson(h, { discipline: 'product', name: 'Lena Budget' });
  leadPersonId = leadPerson.id;
  lead = await signIn(h, 'member', leadPerson.id);
  home = await ledTeam();
  const memberPerson = await buildPerson(h, { discipline: 'sales' });
  await buildMembership(h, home.id, memberPerson.id, 50, '2026-01-01');
  member = await signIn(h, 'member', memberPerson.id);
});
afterAll(() => h.close());

// First, while the ledger is still empty: the calendar and the currency may still change.
describe('finance settings', () => {
  it('are read by every signed-in reader, with the version as ETag', async () => {
    const res = await viewer.http.get('/api/v1/finance/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: 2020, version: 1 });
    expect(res.headers.etag).toBe('"1"');
  });

  it('change with If-Match while the ledger is empty, and keep the change in the audit log', async () => {
    const changed = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 4, currency: 'CHF', firstFiscalYear: 2021 }, ifMatch(1));
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ fiscalYearStartMonth: 4, currency: 'CHF', firstFiscalYear: 2021, version: 2 });
    expect(changed.headers.etag).toBe('"2"');
    const [event] = await eventsFor('finance_settings');
    expect(event).toMatchObject({ action: 'finance_settings.update', before: { fiscalYearStartMonth: 1, currency: 'EUR' }, after: { fiscalYearStartMonth: 4, currency: 'CHF', version: 2 } });

    const stale = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: 2020 }, ifMatch(1));
    expect(stale.statusCode).toBe(412);
    const missing = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: 2020 });
    expect(missing.statusCode).toBe(428);
    const back = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: 2020 }, ifMatch(2));
    expect(back.json()).toMatchObject({ fiscalYearStartMonth: 1, currency: 'EUR', version: 3 });
  });

  it('refuses a month that is no month, naming the field', async () => {
    const res = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 13, currency: 'EUR', firstFiscalYear: 2020 }, ifMatch(3));
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['fiscalYearStartMonth']);
  });
});

describe('a team’s budget, from draft to approved', () => {
  it('is drafted by the team’s lead, proposed, approved by the office and booked month by month', async () => {
    const created = await save(lead.http, home, { lines: LINES, note: 'Plan 2027 mit Telematik-Pilot' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const draft = created.json();
    expect(draft).toMatchObject({
      teamId: home.id,
      teamName: home.name,
      fiscalYear: FY,
      status: 'draft',
      // Zero lines are not kept; the rest come in catalogue order.
      lines: [LINES[0], LINES[1]],
      totalCents: 1_240_007,
      currentCents: 0,
      note: 'Plan 2027 mit Telematik-Pilot',
      proposedBy: null,
      version: 1,
      abilities: { edit: true, submit: true, decide: false },
    });
    expect((await eventsFor(draft.id)).map((e) => e.action)).toEqual(['budget.create']);

    // Its members and viewers read it; someone outside the team does not.
    const asMember = await member.http.get(url(home));
    expect(asMember.statusCode).toBe(200);
    expect(asMember.json().abilities).toEqual({ edit: false, submit: false, decide: false });
    expect((await viewer.http.get(url(home))).statusCode).toBe(200);
    expect((await outsider.http.get(url(home))).statusCode).toBe(403);
    expect((await office.http.get(url(home))).json().abilities).toEqual({ edit: true, submit: true, decide: false });

    // Replacing the lines needs the version read.
    expect((await save(lead.http, home, { lines: LINES })).statusCode).toBe(428);
    const revised = await save(lead.http, home, { lines: [LINES[0], { ...LINES[1], amountCents: 360_000 }] }, ifMatch(1));
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({ version: 2, totalCents: 1_360_007, note: '' });
    const stale = await save(lead.http, home, { lines: LINES }, ifMatch(1));
    expect(stale.statusCode).toBe(412);
    expect((await member.http.get(url(home))).json().totalCents).toBe(1_360_007);

    const proposed = await submit(lead.http, home, 2);
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ status: 'proposed', proposedBy: 'Lena Budget', version: 3, abilities: { edit: false, submit: false, decide: false } });
    expect(proposed.json().proposedAt).toEqual(expect.any(String));

    // The office's queue holds it, and the office may decide it.
    const queue = (await office.http.get(`/api/v1/finance/budgets?fiscalYear=${FY}&status=proposed`)).json();
    expect(queue.find((b: { id: string }) => b.id === draft.id)).toMatchObject({ status: 'proposed', abilities: { decide: true, edit: false } });

    // Proposed: not edited any more.
    const edit = await save(lead.http, home, { lines: LINES }, ifMatch(3));
    expect(edit.statusCode).toBe(422);
    expect(fields(edit)).toEqual(['status']);

    const approved = await decide(office.http, home, 3, { decision: 'approve', comment: 'Passt zur Strategie' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decisionComment: 'Passt zur Strategie', totalCents: 1_360_007, currentCents: 1_360_007, version: 4 });
    expect(approved.json().decidedAt).toEqual(expect.any(String));

    const entries = await budgetEntries(home.id);
    expect(entries).toHaveLength(24);
    for (const l of [LINES[0]!, { ...LINES[1]!, amountCents: 360_000 }]) {
      const ofLine = entries.filter((e) => e.category === l.category && e.expenseType === l.expenseType);
      expect(ofLine.map((e) => e.month)).toEqual(Array.from({ length: 12 }, (_, i) => `${FY}-${String(i + 1).padStart(2, '0')}`));
      expect(ofLine.reduce((sum, e) => sum + e.amountCents, 0)).toBe(l.amountCents);
    }
    const monthly = await h.database.db.select().from(ledgerTeamMonth).where(eq(ledgerTeamMonth.teamId, home.id));
    expect(monthly.reduce((sum, m) => sum + m.budgetCents, 0)).toBe(1_360_007);
    expect(await checkLedgerInvariant(h.database.db)).toMatchObject({ ok: true, mismatches: [] });
    expect((await eventsFor(draft.id)).map((e) => e.action)).toEqual(['budget.create', 'budget.update', 'budget.submit', 'budget.approve']);
    const [approval] = (await eventsFor(draft.id)).slice(-1);
    expect(approval).toMatchObject({ before: { status: 'proposed' }, after: { status: 'approved', ledger: { entries: 24 } } });
  });

  it('refuses to edit, propose or decide an approved budget again', async () => {
    const team = await ledTeam();
    const approved = await approvedBudget(team);
    const before = await footprint();
    const edit = await save(lead.http, team, { lines: LINES }, ifMatch(approved.version));
    expect(edit.statusCode).toBe(422);
    expect(edit.json()).toMatchObject({ code: 'rule_violation', errors: [{ field: 'status', code: 'is_approved' }] });
    expect(fields(await submit(lead.http, team, approved.version))).toEqual(['status']);
    expect(fields(await decide(office2.http, team, approved.version, { decision: 'approve' }))).toEqual(['status']);
    expect(await footprint()).toEqual(before);
    expect(await budgetEntries(team.id)).toHaveLength(24);
  });

  it('is rejected with a comment, reworked and proposed again', async () => {
    const team = await ledTeam();
    const draft = (await save(lead.http, team, { lines: LINES })).json();
    const proposed = (await submit(lead.http, team, draft.version)).json();

    const before = await footprint();
    const silent = await decide(office.http, team, proposed.version, { decision: 'reject' });
    expect(silent.statusCode).toBe(400);
    expect(fields(silent)).toEqual(['comment']);
    expect(await footprint()).toEqual(before);

    const rejected = await decide(office.http, team, proposed.version, { decision: 'reject', comment: 'Cloud-Kosten bitte begründen' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionComment: 'Cloud-Kosten bitte begründen', currentCents: 0, abilities: { decide: false } });
    expect((await lead.http.get(url(team))).json().abilities).toEqual({ edit: true, submit: true, decide: false });
    expect(await budgetEntries(team.id)).toEqual([]);

    const reworked = await save(lead.http, team, { lines: [LINES[0], { ...LINES[1], amountCents: 120_000 }], note: 'Cloud halbiert' }, ifMatch(rejected.json().version));
    expect(reworked.statusCode, reworked.body).toBe(200);
    expect(reworked.json()).toMatchObject({ status: 'draft', totalCents: 1_120_007, decisionComment: 'Cloud-Kosten bitte begründen' });
    const again = await submit(lead.http, team, reworked.json().version);
    expect(again.json()).toMatchObject({ status: 'proposed', decisionComment: '', decidedBy: null });
    const approved = await decide(office.http, team, again.json().version, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved', currentCents: 1_120_007 });
    expect((await eventsFor(draft.id)).map((e) => e.action)).toEqual(['budget.create', 'budget.submit', 'budget.reject', 'budget.update', 'budget.submit', 'budget.approve']);
  });

  it('can be proposed and rejected straight away, without being reworked first', async () => {
    const team = await ledTeam();
    const draft = (await save(lead.http, team, { lines: LINES })).json();
    const proposed = (await submit(lead.http, team, draft.version)).json();
    const rejected = (await decide(office.http, team, proposed.version, { decision: 'reject', comment: 'Zu früh' })).json();
    const again = await submit(lead.http, team, rejected.version);
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('proposed');
  });

  it('is never decided by whoever proposed it (four eyes)', async () => {
    const team = await ledTeam();
    const draft = (await save(office.http, team, { lines: LINES })).json();
    const proposed = await submit(office.http, team, draft.version);
    expect(proposed.json().abilities.decide).toBe(false);
    const before = await footprint();
    const own = await decide(office.http, team, proposed.json().version, { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toMatch(/proposed this budget/);
    expect(await footprint()).toEqual(before);
    expect((await office2.http.get(url(team))).json().abilities.decide).toBe(true);
    const other = await decide(office2.http, team, proposed.json().version, { decision: 'approve' });
    expect(other.statusCode).toBe(200);
  });

  it('is not decided by a team lead, who is not the portfolio office', async () => {
    const team = await ledTeam();
    const draft = (await save(office.http, team, { lines: LINES })).json();
    const proposed = (await submit(office.http, team, draft.version)).json();
    expect((await decide(lead.http, team, proposed.version, { decision: 'approve' })).statusCode).toBe(403);
  });

  it('books once when two decisions arrive together: the second finds a newer version', async () => {
    const team = await ledTeam();
    const draft = (await save(lead.http, team, { lines: LINES })).json();
    const proposed = (await submit(lead.http, team, draft.version)).json();
    const results = await Promise.all([
      decide(office.http, team, proposed.version, { decision: 'approve' }),
      decide(office2.http, team, proposed.version, { decision: 'reject', comment: 'Nein' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect(await budgetEntries(team.id)).toHaveLength(winner.status === 'approved' ? 24 : 0);
    expect((await eventsFor(draft.id)).filter((e) => e.action === 'budget.approve' || e.action === 'budget.reject')).toHaveLength(1);
  });

  it('is not booked for a team that was sunset while it waited, but can still be rejected', async () => {
    const team = await ledTeam();
    const draft = (await save(lead.http, team, { lines: LINES })).json();
    const proposed = (await submit(lead.http, team, draft.version)).json();
    await transitionTeam(h.ctx, { id: team.id, expectedVersion: team.version, to: 'sunset' });
    const before = await footprint();
    const approve = await decide(office.http, team, proposed.version, { decision: 'approve' });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe('team_read_only');
    expect(await footprint()).toEqual(before);
    const reject = await decide(office.http, team, proposed.version, { decision: 'reject', comment: 'Team aufgelöst' });
    expect(reject.json().status).toBe('rejected');
    expect(reject.json().abilities.edit).toBe(false);
  });

  it('refuses a fiscal year outside the calendar, a repeated line and a zero budget, naming the field and writing nothing', async () => {
    const team = await ledTeam();
    const before = await footprint();
    for (const year of [FY + 2, 2019]) {
      const res = await save(lead.http, team, { lines: LINES }, {}, year);
      expect(res.statusCode, String(year)).toBe(422);
      expect(fields(res)).toEqual(['fiscalYear']);
    }
    const repeated = await save(lead.http, team, { lines: [LINES[0], LINES[1], { ...LINES[0], amountCents: 5 }] });
    expect(repeated.statusCode).toBe(422);
    expect(fields(repeated)).toEqual(['lines.2.category']);
    const negative = await save(lead.http, team, { lines: [{ ...LINES[0], amountCents: -5 }] });
    expect(negative.statusCode).toBe(400);
    expect(fields(negative)).toEqual(['lines.0.amountCents']);
    const badYear = await lead.http.get(`/api/v1/teams/${team.id}/budgets/zwanzig`);
    expect(badYear.statusCode).toBe(400);
    expect(fields(badYear)).toEqual(['fiscalYear']);
    expect(await footprint()).toEqual(before);
    expect((await lead.http.get(url(team))).statusCode).toBe(404);

    // The next fiscal year can be planned already; an empty plan cannot be proposed.
    const empty = await save(lead.http, team, { lines: [] }, {}, FY + 1);
    expect(empty.statusCode).toBe(201);
    expect(empty.json().abilities).toEqual({ edit: true, submit: false, decide: false });
    const afterDraft = await footprint();
    const res = await lead.http.post(`${url(team, FY + 1)}/submission`, undefined, ifMatch(1));
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['lines']);
    expect(await footprint()).toEqual(afterDraft);
  });
});

describe('finance settings once money is booked', () => {
  it('keep the fiscal year start and the currency, and no first fiscal year after the earliest entry', async () => {
    const current = (await office.http.get('/api/v1/finance/settings')).json();
    const before = await footprint();
    const calendar = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 4, currency: 'USD', firstFiscalYear: 2020 }, ifMatch(current.version));
    expect(calendar.statusCode).toBe(422);
    expect(fields(calendar)).toEqual(['fiscalYearStartMonth', 'currency']);
    const late = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: FY + 1 }, ifMatch(current.version));
    expect(late.statusCode).toBe(422);
    expect(fields(late)).toEqual(['firstFiscalYear']);
    expect(await footprint()).toEqual(before);
    const earlier = await put(office.http, '/api/v1/finance/settings', { fiscalYearStartMonth: 1, currency: 'EUR', firstFiscalYear: 2018 }, ifMatch(current.version));
    expect(earlier.statusCode).toBe(200);
    expect(earlier.json()).toMatchObject({ firstFiscalYear: 2018, version: current.version + 1 });
  });
});

describe('reallocations', () => {
  let from: Team;
  let to: Team;
  const move = (body: Record<string, unknown>) =>
    office.http.post('/api/v1/finance/reallocations', { fiscalYear: FY, fromTeamId: from.id, toTeamId: to.id, category: 'cloud', expenseType: 'capex', month: `${FY}-07`, amountCents: 100_000, reason: 'Cloud-Migration vorgezogen', ...body });

  beforeAll(async () => {
    from = await ledTeam();
    to = await ledTeam();
    await approvedBudget(from);
    await approvedBudget(to, [{ category: 'people', expenseType: 'opex', amountCents: 600_000 }]);
  });

  it('move budget between two approved budgets and book it in the month', async () => {
    const res = await move({});
    expect(res.statusCode, res.body).toBe(201);
    const moved = res.json();
    expect(moved).toMatchObject({ fiscalYear: FY, fromTeamName: from.name, toTeamName: to.name, category: 'cloud', expenseType: 'capex', month: `${FY}-07`, amountCents: 100_000 });

    const july = (teamId: string) => budgetEntries(teamId).then((rows) => rows.filter((r) => r.month === `${FY}-07` && r.reference === `reallocation/${moved.id}`));
    expect((await july(from.id)).map((e) => e.amountCents)).toEqual([-100_000]);
    expect((await july(to.id)).map((e) => [e.category, e.expenseType, e.amountCents])).toEqual([['cloud', 'capex', 100_000]]);

    expect((await office.http.get(url(from))).json()).toMatchObject({ totalCents: 1_240_007, currentCents: 1_140_007 });
    expect((await office.http.get(url(to))).json()).toMatchObject({ totalCents: 600_000, currentCents: 700_000 });
    const listed = (await viewer.http.get(`/api/v1/finance/budgets?fiscalYear=${FY}`)).json();
    expect(listed.find((b: { teamId: string }) => b.teamId === from.id).currentCents).toBe(1_140_007);

    const list = (await viewer.http.get(`/api/v1/finance/reallocations?fiscalYear=${FY}`)).json();
    expect(list).toEqual([moved]);
    expect((await viewer.http.get(`/api/v1/finance/reallocations?fiscalYear=${FY + 1}`)).json()).toEqual([]);
    const [event] = await eventsFor(moved.id);
    expect(event).toMatchObject({ action: 'budget.reallocate', before: { from: { lineCents: 240_000 }, to: { lineCents: 0 } }, after: { from: { lineCents: 140_000 }, to: { lineCents: 100_000 } } });
    expect(await checkLedgerInvariant(h.database.db)).toMatchObject({ ok: true });
  });

  it('never moves more than the source has left in that category and expense type', async () => {
    const before = await footprint();
    const tooMuch = await move({ amountCents: 140_001 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().errors).toEqual([expect.objectContaining({ field: 'amountCents', code: 'exceeds_budget' })]);
    const otherLine = await move({ category: 'cloud', expenseType: 'opex', amountCents: 1 });
    expect(fields(otherLine)).toEqual(['amountCents']);
    expect(await footprint()).toEqual(before);

    // What was moved in can be moved on: the target now has 100,000 of cloud capex.
    expect((await move({ amountCents: 140_000 })).statusCode).toBe(201);
    const back = await office.http.post('/api/v1/finance/reallocations', { fiscalYear: FY, fromTeamId: to.id, toTeamId: from.id, category: 'cloud', expenseType: 'capex', month: `${FY}-08`, amountCents: 240_000, reason: 'Zurück' });
    expect(back.statusCode, back.body).toBe(201);
    expect((await office.http.get(url(from))).json().currentCents).toBe(1_240_007);
    expect((await office.http.get(url(to))).json().currentCents).toBe(600_000);
    expect(await checkLedgerInvariant(h.database.db)).toMatchObject({ ok: true, mismatches: [], incompleteBatches: [] });
  });

  it('needs an approved budget on both sides, a month of the fiscal year and teams that exist', async () => {
    const drafted = await ledTeam();
    await save(lead.http, drafted, { lines: LINES });
    const without = await ledTeam();
    const before = await footprint();
    const noBudget = await move({ toTeamId: drafted.id, amountCents: 1 });
    expect(noBudget.statusCode).toBe(422);
    expect(noBudget.json().errors).toEqual([expect.objectContaining({ field: 'toTeamId', code: 'no_approved_budget' })]);
    expect(fields(await move({ fromTeamId: without.id, amountCents: 1 }))).toEqual(['fromTeamId']);
    const outside = await move({ month: `${FY + 1}-01`, amountCents: 1 });
    expect(outside.statusCode).toBe(422);
    expect(fields(outside)).toEqual(['month']);
    const unknown = await move({ fromTeamId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)).toEqual(['fromTeamId']);
    const same = await move({ toTeamId: from.id });
    expect(same.statusCode).toBe(400);
    expect(fields(same)).toEqual(['toTeamId']);
    const none = await move({ amountCents: 0, reason: 'x' });
    expect(none.statusCode).toBe(400);
    expect(fields(none).sort()).toEqual(['amountCents', 'reason']);
    expect(await footprint()).toEqual(before);
    expect(await h.database.db.select().from(budgetReallocations).where(eq(budgetReallocations.toTeamId, drafted.id))).toEqual([]);
  });
});
