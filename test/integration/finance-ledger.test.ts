import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEntry, Team } from '../../src/contracts/index.ts';
import { appendLedgerEntries } from '../../src/core/finance/ledger-store.ts';
import { inTransaction } from '../../src/core/shared/transaction.ts';
import { queryRows } from '../../src/db/client.ts';
import { auditEvents, ledgerBatches, ledgerEntries, ledgerTeamMonth } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { client, createHarness, type Client, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let viewer: SignedIn;
/** Business lead of `fusion`, and nothing else. */
let lead: SignedIn;
let ingest: Client;
let fusion: Team;
let platform: Team;

const unique = () => randomUUID().slice(0, 8);
const fields = (res: { json(): { errors?: { field: string; code?: string }[] } }) => (res.json().errors ?? []).map((e) => `${e.field}:${e.code}`);
const entriesOf = (teamId: string) => h.database.db.select().from(ledgerEntries).where(eq(ledgerEntries.teamId, teamId)).orderBy(ledgerEntries.id);
const eventsFor = (entityId: string) => h.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
const sums = async (teamId: string, month: string) => (await h.database.db.select().from(ledgerTeamMonth).where(sql`${ledgerTeamMonth.teamId} = ${teamId} and ${ledgerTeamMonth.month} = ${month}`))[0];
const ledgerCount = async () => Number((await queryRows<{ n: number | string }>(h.database.db, sql`select count(*) as n from ledger_entries`))[0]!.n);

const month = (offset: number) => {
  const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date());
  const index = Number(now.slice(0, 4)) * 12 + Number(now.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const cost = (teamId: string, over: Record<string, unknown> = {}) => ({ kind: 'cost', teamId, month: '2026-03', category: 'cloud', amountCents: 12_345, ...over });
const revenue = (teamId: string, over: Record<string, unknown> = {}) => ({ kind: 'revenue', teamId, month: '2026-03', stream: 'E-Scooter-Haftpflicht', amountCents: 50_000, ...over });

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  viewer = await signIn(h, 'viewer');
  const admin = await signIn(h, 'admin');
  const businessLead = await buildPerson(h, { discipline: 'product', name: 'Fiona Fusion' });
  fusion = await buildTeam(h, { stage: 'active', name: `Kfz-Direkt ${unique()}`, businessLeadId: businessLead.id });
  platform = await buildTeam(h, { kind: 'platform', stage: 'active', name: `Kernsysteme ${unique()}` });
  lead = await signIn(h, 'member', businessLead.id);
  const token = await admin.http.post('/api/v1/tokens', { name: 'SAP FI', scopes: ['ingest'] });
  ingest = client(h.app, { token: token.json().token });
});
afterAll(() => h.close());

describe('POST /api/v1/ledger/entries', () => {
  it('books a cost for a team, keeps the monthly sums, and records who booked it', async () => {
    const team = await buildTeam(h, { stage: 'active', businessLeadId: (await buildPerson(h, { discipline: 'product' })).id });
    const res = await office.http.post('/api/v1/ledger/entries', cost(team.id, { reference: 'RE-2026-0042', expenseType: 'capex' }));
    expect(res.statusCode, res.body).toBe(201);
    const entry = res.json() as LedgerEntry;
    expect(entry).toMatchObject({ teamId: team.id, month: '2026-03', kind: 'cost', category: 'cloud', expenseType: 'capex', stream: null, amountCents: 12_345, reference: 'RE-2026-0042', reversesId: null, reversedById: null, batchId: null, createdBy: office.email });
    expect(await sums(team.id, '2026-03')).toMatchObject({ costCents: 12_345, revenueCents: 0 });
    // The event is the team's ledger's: the entry's id exists only once the statement has run.
    const events = (await eventsFor(team.id)).filter((e) => e.action === 'ledger.book');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: 'ledger', after: { kind: 'cost', month: '2026-03', amountCents: 12_345, teamId: team.id, reference: 'RE-2026-0042' } });
  });

  it('books revenue by stream with an ingest token, which may do nothing else', async () => {
    const res = await ingest.post('/api/v1/ledger/entries', revenue(fusion.id, { month: month(0) }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'revenue', stream: 'E-Scooter-Haftpflicht', category: null, expenseType: null, amountCents: 50_000 });
    expect((await ingest.get(`/api/v1/teams/${fusion.id}/ledger`)).statusCode).toBe(403);
  });

  it('is for the team’s leads and steering: not a viewer, nor the lead of another team', async () => {
    const other = await buildTeam(h, { stage: 'active' });
    expect((await viewer.http.post('/api/v1/ledger/entries', cost(fusion.id))).statusCode).toBe(403);
    expect((await lead.http.post('/api/v1/ledger/entries', cost(other.id))).statusCode).toBe(403);
    expect(await entriesOf(other.id)).toHaveLength(0);
    expect((await lead.http.post('/api/v1/ledger/entries', cost(fusion.id, { amountCents: -500 }))).statusCode).toBe(201);
  });

  it('names the field of each refusal and books nothing', async () => {
    const before = await ledgerCount();
    const unknown = await office.http.post('/api/v1/ledger/entries', cost(randomUUID()));
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)).toEqual(['teamId:not_found']);

    const platformRevenue = await office.http.post('/api/v1/ledger/entries', revenue(platform.id));
    expect(platformRevenue.statusCode).toBe(422);
    expect(fields(platformRevenue)).toEqual(['kind:no_revenue_responsibility']);
    expect((await office.http.post('/api/v1/ledger/entries', cost(platform.id))).statusCode).toBe(201);

    const future = await office.http.post('/api/v1/ledger/entries', cost(fusion.id, { month: month(1) }));
    expect(future.statusCode).toBe(422);
    expect(fields(future)).toEqual(['month:in_future']);
    const early = await office.http.post('/api/v1/ledger/entries', cost(fusion.id, { month: '2019-12' }));
    expect(fields(early)).toEqual(['month:outside_calendar']);
    expect(early.json().errors[0].message).toContain('before the first fiscal year (2020');

    const zero = await office.http.post('/api/v1/ledger/entries', cost(fusion.id, { amountCents: 0 }));
    expect(fields(zero)).toEqual(['amountCents:zero']);
    const fraction = await office.http.post('/api/v1/ledger/entries', cost(fusion.id, { amountCents: 12.5 }));
    expect(fraction.statusCode).toBe(400);
    expect(fields(fraction)).toEqual(['amountCents:undefined']);
    const category = await office.http.post('/api/v1/ledger/entries', cost(fusion.id, { category: 'travel' }));
    expect(category.statusCode).toBe(400);

    const gone = await buildTeam(h, { stage: 'sunset' });
    const sunset = await office.http.post('/api/v1/ledger/entries', cost(gone.id));
    expect(sunset.statusCode).toBe(409);
    expect(fields(sunset)).toEqual(['teamId:team_sunset']);
    expect(await ledgerCount()).toBe(before + 1);
  });
});

describe('POST /api/v1/ledger/batches', () => {
  it('books every item with the batch id, writes one summarising event, and a retry books nothing twice', async () => {
    const a = await buildTeam(h, { stage: 'active' });
    const b = await buildTeam(h, { stage: 'active' });
    const items = [cost(a.id), cost(a.id), cost(a.id, { month: '2026-01', category: 'people', amountCents: 800_000 }), revenue(b.id, { month: '2026-02' }), cost(b.id, { amountCents: -45 })];
    const batch = { idempotencyKey: `sap-fi-2026-03-${unique()}`, items };
    const first = await ingest.post('/api/v1/ledger/batches', batch);
    expect(first.statusCode, first.body).toBe(201);
    const result = first.json();
    expect(result).toMatchObject({ idempotencyKey: batch.idempotencyKey, entries: 5, totalCents: 12_345 * 2 + 800_000 + 50_000 - 45, replayed: false });

    const booked = [...(await entriesOf(a.id)), ...(await entriesOf(b.id))];
    expect(booked).toHaveLength(5);
    expect(booked.every((e) => e.batchId === result.batchId && e.createdBy.endsWith('(token SAP FI)'))).toBe(true);
    expect(await sums(a.id, '2026-03')).toMatchObject({ costCents: 24_690 });
    expect(await sums(b.id, '2026-02')).toMatchObject({ revenueCents: 50_000 });

    const events = await eventsFor(result.batchId);
    expect(events.map((e) => e.action)).toEqual(['ledger.batch']);
    expect(events[0]!.after).toEqual({ idempotencyKey: batch.idempotencyKey, entries: 5, totalCents: result.totalCents, teams: 2, from: '2026-01', to: '2026-03', byKind: { cost: 824_645, revenue: 50_000 } });

    const retried = await ingest.post('/api/v1/ledger/batches', { ...batch, items: [...items].reverse() });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual({ ...result, replayed: true });
    expect([...(await entriesOf(a.id)), ...(await entriesOf(b.id))]).toHaveLength(5);
    expect(await eventsFor(result.batchId)).toHaveLength(1);
  });

  it('refuses the same key with different items with 409 naming idempotencyKey', async () => {
    const key = `sap-fi-${unique()}`;
    expect((await office.http.post('/api/v1/ledger/batches', { idempotencyKey: key, items: [cost(fusion.id)] })).statusCode).toBe(201);
    const reused = await office.http.post('/api/v1/ledger/batches', { idempotencyKey: key, items: [cost(fusion.id, { amountCents: 1 })] });
    expect(reused.statusCode).toBe(409);
    expect(fields(reused)).toEqual(['idempotencyKey:reused']);
  });

  it('books nothing when any item is bad and reports every bad item by index', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const key = `sap-fi-${unique()}`;
    const good = cost(team.id);
    const res = await office.http.post('/api/v1/ledger/batches', {
      idempotencyKey: key,
      items: [good, cost(randomUUID()), revenue(platform.id), cost(team.id, { month: month(2) }), good, cost(team.id, { amountCents: 0 })],
    });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['items.1.teamId:not_found', 'items.2.kind:no_revenue_responsibility', 'items.3.month:in_future', 'items.5.amountCents:zero']);
    expect(await entriesOf(team.id)).toHaveLength(0);
    expect(await h.database.db.select().from(ledgerBatches).where(eq(ledgerBatches.idempotencyKey, key))).toHaveLength(0);
    // The refused batch did not use up its key.
    expect((await office.http.post('/api/v1/ledger/batches', { idempotencyKey: key, items: [good, good] })).statusCode).toBe(201);
  });

  it('reports malformed items with their index before anything else', async () => {
    const res = await office.http.post('/api/v1/ledger/batches', { idempotencyKey: `sap-fi-${unique()}`, items: [cost(fusion.id), cost(fusion.id, { month: '03/2026' }), { kind: 'budget', teamId: fusion.id }] });
    expect(res.statusCode).toBe(400);
    expect(fields(res).map((f) => f.split(':')[0])).toEqual(expect.arrayContaining(['items.1.month', 'items.2.kind']));
  });

  it('checks every team: a lead booking for another team too is refused, naming it', async () => {
    const other = await buildTeam(h, { stage: 'active', name: `Leben-Digital ${unique()}` });
    const res = await lead.http.post('/api/v1/ledger/batches', { idempotencyKey: `lead-${unique()}`, items: [cost(fusion.id), cost(other.id)] });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain(other.name);
    expect(res.json().detail).not.toContain(fusion.name);
    expect(await entriesOf(other.id)).toHaveLength(0);
  });

  it('takes a full batch of 10,000 entries in one request', async () => {
    const teams = await Promise.all(Array.from({ length: 4 }, () => buildTeam(h, { stage: 'active' })));
    const items = Array.from({ length: 10_000 }, (_, i) => cost(teams[i % 4]!.id, { month: `202${i % 6}-${String((i % 12) + 1).padStart(2, '0')}`, amountCents: (i % 50) + 1, reference: `BEL-${i}` }));
    const res = await ingest.post('/api/v1/ledger/batches', { idempotencyKey: `full-${unique()}`, items });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(201);
    expect(res.json()).toMatchObject({ entries: 10_000, totalCents: items.reduce((s, i) => s + (i.amountCents as number), 0) });
    expect((await entriesOf(teams[0]!.id)).length).toBe(2500);
    const tooMany = await ingest.post('/api/v1/ledger/batches', { idempotencyKey: `full-${unique()}`, items: [...items, items[0]] });
    expect(tooMany.statusCode).toBe(400);
    expect(fields(tooMany)).toEqual(['items:undefined']);
  });

  it('lets two deliveries of the same batch at once book it once', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const batch = { idempotencyKey: `twice-${unique()}`, items: [cost(team.id), revenue(team.id)] };
    const results = await Promise.all([ingest.post('/api/v1/ledger/batches', batch), ingest.post('/api/v1/ledger/batches', batch)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(await entriesOf(team.id)).toHaveLength(2);
  });
});

describe('POST /api/v1/ledger/entries/:id/reversal', () => {
  it('books the negation once, pointing at the original, and the ledger shows which entry reversed it', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const original = (await office.http.post('/api/v1/ledger/entries', cost(team.id, { reference: 'RE-7' }))).json() as LedgerEntry;
    const res = await office.http.post(`/api/v1/ledger/entries/${original.id}/reversal`, { reason: 'doppelt gebucht' });
    expect(res.statusCode, res.body).toBe(201);
    const reversal = res.json() as LedgerEntry;
    expect(reversal).toMatchObject({ teamId: team.id, month: '2026-03', kind: 'cost', category: 'cloud', amountCents: -12_345, reference: 'RE-7', reversesId: original.id });
    expect(await sums(team.id, '2026-03')).toMatchObject({ costCents: 0 });
    const events = (await eventsFor(original.id)).filter((e) => e.action === 'ledger.reverse');
    expect(events).toEqual([expect.objectContaining({ before: expect.objectContaining({ id: original.id, amountCents: 12_345 }), after: expect.objectContaining({ reversesId: original.id, amountCents: -12_345, reason: 'doppelt gebucht' }) })]);

    const again = await office.http.post(`/api/v1/ledger/entries/${original.id}/reversal`, { reason: 'noch einmal' });
    expect(again.statusCode).toBe(409);
    const ofReversal = await office.http.post(`/api/v1/ledger/entries/${reversal.id}/reversal`, { reason: 'zurück' });
    expect(ofReversal.statusCode).toBe(422);
    expect(ofReversal.json().errors[0]).toMatchObject({ field: 'id', code: 'not_reversible' });

    const list = (await office.http.get(`/api/v1/teams/${team.id}/ledger`)).json();
    expect(list.items.map((e: LedgerEntry) => [e.id, e.reversesId, e.reversedById])).toEqual([
      [reversal.id, original.id, null],
      [original.id, null, reversal.id],
    ]);
  });

  it('lets two reversals of one entry at once book only one', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const original = (await office.http.post('/api/v1/ledger/entries', revenue(team.id))).json() as LedgerEntry;
    const results = await Promise.all([1, 2].map(() => office.http.post(`/api/v1/ledger/entries/${original.id}/reversal`, { reason: 'Storno der Rechnung' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await entriesOf(team.id)).toHaveLength(2);
  });

  it('reverses only cost and revenue, asks for a reason, and knows no unknown entry', async () => {
    const missing = await office.http.post('/api/v1/ledger/entries/999999999/reversal', { reason: 'gibt es nicht' });
    expect(missing.statusCode).toBe(404);
    const entry = (await office.http.post('/api/v1/ledger/entries', cost(fusion.id))).json() as LedgerEntry;
    expect((await office.http.post(`/api/v1/ledger/entries/${entry.id}/reversal`, { reason: '' })).statusCode).toBe(400);
    expect((await viewer.http.post(`/api/v1/ledger/entries/${entry.id}/reversal`, { reason: 'falsch' })).statusCode).toBe(403);
    const allocation = await inTransaction(h.ctx, (tx) =>
      appendLedgerEntries(tx, [{ teamId: fusion.id, month: '2026-03', kind: 'allocation', category: 'cloud', expenseType: 'opex', stream: null, serviceId: null, amountCents: 100, reference: null, reversesId: null }], { batchId: null, createdBy: 'test', createdAt: new Date() }),
    );
    const refused = await office.http.post(`/api/v1/ledger/entries/${allocation.firstId}/reversal`, { reason: 'Umlage falsch' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].message).toContain('follows the consumption');
  });
});

describe('GET /api/v1/teams/:id/ledger', () => {
  it('pages newest first and filters by fiscal year and kind; members read it, others do not', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    for (const [m, amount] of [['2025-11', 1], ['2025-12', 2], ['2026-01', 3], ['2026-02', 4]] as const) {
      await office.http.post('/api/v1/ledger/entries', cost(team.id, { month: m, amountCents: amount }));
    }
    await office.http.post('/api/v1/ledger/entries', revenue(team.id, { month: '2026-02', amountCents: 5 }));
    const first = (await viewer.http.get(`/api/v1/teams/${team.id}/ledger?limit=2`)).json();
    expect(first.items.map((e: LedgerEntry) => e.amountCents)).toEqual([5, 4]);
    const second = (await viewer.http.get(`/api/v1/teams/${team.id}/ledger?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((e: LedgerEntry) => e.amountCents)).toEqual([3, 2]);
    const fy2026 = (await viewer.http.get(`/api/v1/teams/${team.id}/ledger?fiscalYear=2026&kind=cost`)).json();
    expect(fy2026).toEqual({ items: [expect.objectContaining({ amountCents: 4 }), expect.objectContaining({ amountCents: 3 })], nextCursor: null });

    const person = await buildPerson(h);
    const member = await signIn(h, 'member', person.id);
    expect((await member.http.get(`/api/v1/teams/${team.id}/ledger`)).statusCode).toBe(403);
    await buildMembership(h, team.id, person.id, 20, '2026-01-01');
    expect((await member.http.get(`/api/v1/teams/${team.id}/ledger`)).statusCode).toBe(200);
    expect((await member.http.get(`/api/v1/teams/${randomUUID()}/ledger`)).statusCode).toBe(404);
    expect((await member.http.get(`/api/v1/teams/${team.id}/ledger?cursor=bogus`)).statusCode).toBe(400);
  });
});

describe('POST /api/v1/ledger/imports', () => {
  it('previews a file with every row’s problems by row and column, and books nothing', async () => {
    const team = await buildTeam(h, { stage: 'active', name: `Leben-Digital ${unique()}` });
    const csv = [
      'team;month;kind;category;expense_type;stream;amount;reference',
      `${team.name.toUpperCase()};2026-01;cost;people;;;1.234,56;LOHN-01`,
      `${team.id};2026-02;revenue;;;Risikoleben;99,95;`,
      `Unbekannt;2026-02;cost;cloud;;;10;`,
      `${team.name};${month(1)};cost;cloud;;;10;`,
      `${team.name};2026-02;cost;cloud;;;12.345;`,
      `${platform.name};2026-02;revenue;;;App;10;`,
      `${team.name};2026-02;cost;cloud;;;0;`,
      '',
    ].join('\n');
    const res = await office.http.post('/api/v1/ledger/imports', { content: csv, idempotencyKey: `import-${unique()}` });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ dryRun: true, rows: 7, result: null, batches: [], totalCents: 123_456 + 9_995 });
    expect(result.errors).toEqual([
      { row: 4, column: 'team', message: 'no team named "Unbekannt"' },
      { row: 5, column: 'month', message: expect.stringContaining('after the current month') },
      { row: 6, column: 'amount', message: expect.stringContaining('more than 2 decimals') },
      { row: 7, column: 'kind', message: expect.stringContaining('platform team without revenue responsibility') },
      { row: 8, column: 'amount', message: 'must not be zero' },
    ]);
    expect(result.preview).toEqual([
      { row: 2, teamName: team.name, booking: { kind: 'cost', teamId: team.id, month: '2026-01', category: 'people', expenseType: 'opex', amountCents: 123_456, reference: 'LOHN-01' } },
      { row: 3, teamName: team.name, booking: { kind: 'revenue', teamId: team.id, month: '2026-02', stream: 'Risikoleben', amountCents: 9_995 } },
    ]);
    const applied = (await office.http.post('/api/v1/ledger/imports', { content: csv, idempotencyKey: `import-${unique()}`, dryRun: false })).json();
    expect(applied).toMatchObject({ dryRun: false, result: null });
    expect(await entriesOf(team.id)).toHaveLength(0);
  });

  it('books a clean xlsx file as one batch, and uploading it again books nothing twice', async () => {
    const team = await buildTeam(h, { stage: 'active', name: `Hausrat ${unique()}` });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ist');
    sheet.addRow(['Team', 'Month', 'Kind', 'Category', 'Expense type', 'Stream', 'Amount', 'Reference']);
    sheet.addRow([team.name, '2026-04', 'cost', 'licences', 'capex', null, 1999.99, 'LIZ-1']);
    sheet.addRow([team.name, new Date(Date.UTC(2026, 4, 1)), 'revenue', null, null, 'Hausrat Flex', 250000]).getCell(2).numFmt = 'mmm yyyy';
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const key = `import-${unique()}`;
    const applied = (await office.http.post('/api/v1/ledger/imports', { format: 'xlsx', content, idempotencyKey: key, dryRun: false })).json();
    expect(applied).toMatchObject({ dryRun: false, rows: 2, errors: [], totalCents: 199_999 + 25_000_000, result: { idempotencyKey: key, entries: 2, replayed: false } });
    expect(applied.batches).toHaveLength(1);
    expect((await entriesOf(team.id)).map((e) => [e.month, e.kind, e.amountCents])).toEqual([
      ['2026-04', 'cost', 199_999],
      ['2026-05', 'revenue', 25_000_000],
    ]);
    const again = (await office.http.post('/api/v1/ledger/imports', { format: 'xlsx', content, idempotencyKey: key, dryRun: false })).json();
    expect(again.result).toMatchObject({ batchId: applied.result.batchId, replayed: true });
    expect(await entriesOf(team.id)).toHaveLength(2);
    const broken = (await office.http.post('/api/v1/ledger/imports', { format: 'xlsx', content: Buffer.from('kein Excel').toString('base64'), idempotencyKey: key })).json();
    expect(broken.errors).toEqual([expect.objectContaining({ column: '(file)', message: expect.stringContaining('not a readable xlsx') })]);
  });

  it('books a file above 10,000 rows as sub-batches in one transaction, all or nothing', async () => {
    const team = await buildTeam(h, { stage: 'active', name: `Gewerbe ${unique()}` });
    const lines = Array.from({ length: 12_001 }, (_, i) => `${team.name},2026-0${(i % 9) + 1},cost,external,,,${i % 100}.01,`);
    const header = 'team,month,kind,category,expense_type,stream,amount,reference';
    const key = `import-${unique()}`;
    const bad = [header, ...lines, `${team.name},2026-01,cost,external,,,zwölf,`].join('\n');
    const refused = (await office.http.post('/api/v1/ledger/imports', { content: bad, idempotencyKey: key, dryRun: false })).json();
    expect(refused).toMatchObject({ rows: 12_002, result: null, errors: [{ row: 12_003, column: 'amount' }] });
    expect(refused.preview).toHaveLength(200);
    expect(await entriesOf(team.id)).toHaveLength(0);

    const applied = (await office.http.post('/api/v1/ledger/imports', { content: [header, ...lines].join('\n'), idempotencyKey: key, dryRun: false })).json();
    expect(applied.batches.map((b: { idempotencyKey: string; entries: number }) => [b.idempotencyKey, b.entries])).toEqual([
      [`${key}:1`, 10_000],
      [`${key}:2`, 2_001],
    ]);
    expect(applied.result).toMatchObject({ idempotencyKey: key, entries: 12_001, replayed: false });
    expect(await entriesOf(team.id)).toHaveLength(12_001);
  });

  it('refuses more than 50,000 rows in an upload', async () => {
    const rows = Array.from({ length: 50_001 }, () => 'A,2026-01,cost,cloud,,,1,').join('\n');
    const res = await office.http.post('/api/v1/ledger/imports', { content: `team,month,kind,category,expense_type,stream,amount,reference\n${rows}`, idempotencyKey: `import-${unique()}` });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['content:too_many_rows']);
  });

  it('is refused when the file names a team the caller may not book for, and to viewers whatever it names', async () => {
    const other = await buildTeam(h, { stage: 'active' });
    const csv = `team,month,kind,category,amount\n${fusion.name},2026-01,cost,cloud,1\n${other.name},2026-01,cost,cloud,1\n`;
    const res = await lead.http.post('/api/v1/ledger/imports', { content: csv, idempotencyKey: `import-${unique()}` });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain(other.name);
    // Nor does a viewer get a preview, even of a file naming no team there is.
    const unknown = await viewer.http.post('/api/v1/ledger/imports', { content: 'team,month,kind,category,amount\nNiemand,2026-01,cost,cloud,1\n', idempotencyKey: `import-${unique()}` });
    expect(unknown.statusCode).toBe(403);
  });
});

describe('GET /api/v1/finance/verify', () => {
  it('reports an intact ledger, and finds an aggregate someone changed behind its back', async () => {
    const ok = await office.http.get('/api/v1/finance/verify');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, mismatches: [], incompleteBatches: [] });
    expect(ok.json().entries).toBe(await ledgerCount());
    expect((await lead.http.get('/api/v1/finance/verify')).statusCode).toBe(403);

    await h.database.db.execute(sql`update ledger_team_month set revenue_cents = revenue_cents + 1 where team_id = ${fusion.id} and month = ${month(0)}`);
    const broken = (await office.http.get('/api/v1/finance/verify')).json();
    expect(broken.ok).toBe(false);
    expect(broken.mismatches).toContainEqual({ teamId: fusion.id, month: month(0), kind: 'revenue', storedCents: 50_001, ledgerCents: 50_000 });
    await h.database.db.execute(sql`update ledger_team_month set revenue_cents = revenue_cents - 1 where team_id = ${fusion.id} and month = ${month(0)}`);
  });
});
