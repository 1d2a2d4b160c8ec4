import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperatingModel } from '../../src/contracts/index.ts';
import { buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let member: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  [office, member, admin] = await Promise.all([signIn(h, 'portfolio_office'), signIn(h, 'member'), signIn(h, 'admin')]);
});
afterAll(() => h.close());

const put = (as: SignedIn, url: string, body: unknown, headers: Record<string, string> = {}) => as.http.request({ method: 'PUT', url, payload: body as object, headers });
const model = async (): Promise<OperatingModel> => (await office.http.get('/api/v1/operating-model')).json();
/** The model as an update body, with `edit` applied to its roles. */
const asUpdate = (m: OperatingModel, edit: (roles: OperatingModel['roles']) => unknown[] = (r) => r) => ({
  roles: edit(m.roles).map((r) => {
    const { holders: _holders, ...role } = r as OperatingModel['roles'][number];
    return role;
  }),
  cadences: m.cadences,
  decisionWaitDays: m.decisionWaitDays,
});
const audit = async (query: string) => (await admin.http.get(`/api/v1/audit?${query}`)).json().items as { action: string; before: any; after: any }[];
const fields = (res: { json(): any }) => (res.json().errors ?? []).map((e: { field: string }) => e.field);

describe('GET /api/v1/operating-model', () => {
  it('starts from the default model: roles, approver roles, cadences, disciplines and decision rights version 1', async () => {
    const res = await member.http.get('/api/v1/operating-model');
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const m: OperatingModel = res.json();
    expect(m.roles.map((r) => r.key)).toEqual([
      'business_lead',
      'it_lead',
      'team_member',
      'portfolio_office',
      'portfolio_board',
      'data_protection_officer',
      'ciso',
      'procurement',
      'platform_owner',
    ]);
    expect(m.roles.filter((r) => r.approver).map((r) => r.key)).toEqual(['portfolio_board', 'data_protection_officer', 'ciso', 'procurement']);
    expect(m.cadences.map((c) => [c.key, c.frequency])).toEqual([
      ['portfolio_sync', 'monthly'],
      ['business_review', 'quarterly'],
      ['budget_cycle', 'yearly'],
      ['platform_review', 'quarterly'],
    ]);
    expect(m.disciplines.business).toContain('marketing');
    expect(m.disciplines.it).toContain('engineering');
    expect(m.decisionRules).toMatchObject({ version: 1, defaultAutonomyLimitCents: 5_000_000, createdBy: 'Tandem default' });
    expect(m.decisionRules.rules.map((r) => r.approverRole)).toEqual(['portfolio_board', 'data_protection_officer', 'procurement', 'ciso']);
    expect(m).toMatchObject({ decisionWaitDays: 14, version: 1, abilities: { update: false } });
    expect((await model()).abilities.update).toBe(true);
  });
});

describe('PUT /api/v1/operating-model', () => {
  it('replaces roles, holders and cadences in one go and records before and after', async () => {
    const m = await model();
    const [anna, bert] = [await buildPerson(h, { name: 'Anna Datenschutz', discipline: 'legal' }), await buildPerson(h, { name: 'Bert Board', discipline: 'finance' })];
    const body = asUpdate(m, (roles) => [
      ...roles
        .filter((r) => r.key !== 'platform_owner')
        .map((r) => (r.key === 'data_protection_officer' ? { ...r, holderIds: [anna.id] } : r.key === 'portfolio_board' ? { ...r, holderIds: [bert.id, anna.id, bert.id] } : r)),
      { key: 'works_council', name: 'Betriebsrat', responsibilities: 'Mitbestimmung bei Arbeitszeit und Überwachung', approver: true, holderIds: [] },
    ]);
    body.cadences = [{ key: 'okr_planning', name: 'OKR-Planung', frequency: 'quarterly', description: 'Ziele je Team', participants: 'Alle Teams' }];
    const res = await put(office, '/api/v1/operating-model', { ...body, decisionWaitDays: 10 }, ifMatch(m.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe(`"${m.version + 1}"`);
    const after: OperatingModel = res.json();
    expect(after).toMatchObject({ version: m.version + 1, decisionWaitDays: 10 });
    expect(after.roles.map((r) => r.key)).not.toContain('platform_owner');
    expect(after.roles.at(-1)).toMatchObject({ key: 'works_council', approver: true, holders: [] });
    // Holders come back by name, duplicates given once.
    expect(after.roles.find((r) => r.key === 'portfolio_board')!.holders).toEqual([
      { id: anna.id, name: 'Anna Datenschutz' },
      { id: bert.id, name: 'Bert Board' },
    ]);
    expect(after.cadences).toEqual(body.cadences);
    expect(await model()).toEqual(after);

    const [event] = await audit('entityType=operating_model&action=model.update');
    expect(event!.before).toMatchObject({ version: m.version, decisionWaitDays: 14 });
    expect(event!.before.roles.map((r: { key: string }) => r.key)).toContain('platform_owner');
    expect(event!.after).toMatchObject({ version: m.version + 1, decisionWaitDays: 10 });
    expect(event!.after.roles.find((r: { key: string }) => r.key === 'data_protection_officer').holderIds).toEqual([anna.id]);
  });

  it('refuses duplicate keys, naming each repeat, and changes nothing', async () => {
    const m = await model();
    const roles = asUpdate(m).roles;
    const body = { ...asUpdate(m), roles: [...roles, { ...roles[0]!, name: 'Noch einmal' }], cadences: [...m.cadences, m.cadences[0]!] };
    const res = await put(office, '/api/v1/operating-model', body, ifMatch(m.version));
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual([`roles.${roles.length}.key`, `cadences.${m.cadences.length}.key`]);
    expect(res.json().errors[0]).toMatchObject({ code: 'duplicate' });
    expect(await model()).toEqual(m);
  });

  it('refuses holders who are not people', async () => {
    const m = await model();
    const ghost = '00000000-0000-4000-8000-000000000000';
    const res = await put(office, '/api/v1/operating-model', asUpdate(m, (roles) => roles.map((r, i) => (i === 1 ? { ...r, holderIds: [ghost] } : r))), ifMatch(m.version));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'roles.1.holderIds.0', code: 'not_found', message: 'no person with this id' }]);
    expect((await model()).version).toBe(m.version);
  });

  it('keeps every role the current decision rights name as approver', async () => {
    const m = await model();
    const removed = await put(office, '/api/v1/operating-model', asUpdate(m, (roles) => roles.filter((r) => r.key !== 'portfolio_board')), ifMatch(m.version));
    expect(removed.statusCode).toBe(422);
    expect(removed.json().errors).toEqual([
      { field: 'roles', code: 'role_in_use', message: expect.stringContaining('must keep portfolio_board: decision rule budget_beyond_autonomy') },
    ]);

    const cisoAt = m.roles.findIndex((r) => r.key === 'ciso');
    const demoted = await put(office, '/api/v1/operating-model', asUpdate(m, (roles) => roles.map((r) => (r.key === 'ciso' ? { ...r, approver: false } : r))), ifMatch(m.version));
    expect(demoted.statusCode).toBe(422);
    expect(demoted.json().errors).toEqual([{ field: `roles.${cisoAt}.approver`, code: 'role_in_use', message: expect.stringContaining('critical_technology') }]);
    expect(await model()).toEqual(m);
  });

  it('wants the version it read: none is 428, a stale one 412', async () => {
    const m = await model();
    expect((await put(office, '/api/v1/operating-model', asUpdate(m))).statusCode).toBe(428);
    expect((await put(office, '/api/v1/operating-model', asUpdate(m), ifMatch(m.version - 1))).statusCode).toBe(412);
    expect((await model()).version).toBe(m.version);
  });

  it('validates the document against the contract', async () => {
    const m = await model();
    const res = await put(office, '/api/v1/operating-model', { ...asUpdate(m), roles: [{ key: 'Board!', name: '', responsibilities: '', approver: true, holderIds: [] }], decisionWaitDays: 0 }, ifMatch(m.version));
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['decisionWaitDays', 'roles.0.key', 'roles.0.name']);
  });
});

describe('PUT /api/v1/operating-model/decision-rules', () => {
  it('appends a new version and leaves the old one as it was', async () => {
    const before = (await model()).decisionRules;
    const rules = [...before.rules, { key: 'works_council_people', name: 'People decisions', when: { categories: ['people'] }, approverRole: 'works_council' }];
    const res = await put(office, '/api/v1/operating-model/decision-rules', { defaultAutonomyLimitCents: 10_000_000, rules }, ifMatch(before.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe(`"${before.version + 1}"`);
    expect(res.json()).toMatchObject({ version: before.version + 1, defaultAutonomyLimitCents: 10_000_000, rules, createdBy: office.email });
    expect((await model()).decisionRules.version).toBe(before.version + 1);

    const versions = (await member.http.get('/api/v1/operating-model/decision-rules/versions')).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([before.version + 1, before.version]);
    expect(versions[1]).toEqual(before);

    const [event] = await audit('entityType=decision_rules');
    expect(event).toMatchObject({ action: 'decision_rules.update', before: { version: before.version }, after: { version: before.version + 1, defaultAutonomyLimitCents: 10_000_000 } });
  });

  it('protects a role a newer rule set relies on', async () => {
    const m = await model();
    const res = await put(office, '/api/v1/operating-model', asUpdate(m, (roles) => roles.filter((r) => r.key !== 'works_council')), ifMatch(m.version));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].message).toContain('works_council_people');
  });

  it('refuses an approver role that does not exist or does not approve, and duplicate rule keys', async () => {
    const current = (await model()).decisionRules;
    const rules = [
      { key: 'ai_use', name: 'KI-Einsatz', when: { categories: ['technology'] }, approverRole: 'ai_board' },
      { key: 'lead_call', name: 'Leads', when: { newVendor: true }, approverRole: 'business_lead' },
      { key: 'ai_use', name: 'Doppelt', when: { personalData: true }, approverRole: 'ciso' },
    ];
    const res = await put(office, '/api/v1/operating-model/decision-rules', { defaultAutonomyLimitCents: 5_000_000, rules }, ifMatch(current.version));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { field: 'rules.0.approverRole', code: 'not_found', message: 'no role ai_board in the operating model' },
      { field: 'rules.1.approverRole', code: 'not_approver', message: 'business_lead is not an approver role of the operating model' },
      { field: 'rules.2.key', code: 'duplicate', message: '"ai_use" is used by rules.0 already' },
    ]);
    const versions = (await office.http.get('/api/v1/operating-model/decision-rules/versions')).json().items;
    expect(versions[0].version).toBe(current.version);
  });

  it('refuses a rule without conditions, a negative limit and a stale version', async () => {
    const current = (await model()).decisionRules;
    const bad = await put(
      office,
      '/api/v1/operating-model/decision-rules',
      { defaultAutonomyLimitCents: -1, rules: [{ key: 'always', name: 'Immer', when: {}, approverRole: 'ciso' }] },
      ifMatch(current.version),
    );
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual(['defaultAutonomyLimitCents', 'rules.0.when']);
    const stale = await put(office, '/api/v1/operating-model/decision-rules', { defaultAutonomyLimitCents: 0, rules: [] }, ifMatch(current.version - 1));
    expect(stale.statusCode).toBe(412);
    expect((await model()).decisionRules.version).toBe(current.version);
  });

  it('keeps rule sets append-only in the database itself', async () => {
    await expect(h.database.db.execute(sql`update decision_rule_sets set default_autonomy_limit_cents = 0 where version = 1`)).rejects.toThrow();
    await expect(h.database.db.execute(sql`delete from decision_rule_sets where version = 1`)).rejects.toThrow();
  });
});

describe('PUT /api/v1/teams/:id/autonomy', () => {
  it('sets a team’s own limit, bumps its version and is audited; null returns to the default', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const res = await put(office, `/api/v1/teams/${team.id}/autonomy`, { autonomyLimitCents: 2_500_000 }, ifMatch(team.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ autonomyLimitCents: 2_500_000, version: team.version + 1 });
    expect(res.headers.etag).toBe(`"${team.version + 1}"`);
    expect((await member.http.get(`/api/v1/teams/${team.id}`)).json().autonomyLimitCents).toBe(2_500_000);

    const reset = await put(office, `/api/v1/teams/${team.id}/autonomy`, { autonomyLimitCents: null }, ifMatch(team.version + 1));
    expect(reset.json()).toMatchObject({ autonomyLimitCents: null, version: team.version + 2 });
    const events = await audit(`entityId=${team.id}&action=team.autonomy`);
    expect(events.map((e) => [e.before.autonomyLimitCents, e.after.autonomyLimitCents])).toEqual([
      [2_500_000, null],
      [null, 2_500_000],
    ]);
  });

  it('refuses negative or fractional limits, stale versions and sunset teams', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const negative = await put(office, `/api/v1/teams/${team.id}/autonomy`, { autonomyLimitCents: -100 }, ifMatch(team.version));
    expect(negative.statusCode).toBe(400);
    expect(fields(negative)).toEqual(['autonomyLimitCents']);
    expect((await put(office, `/api/v1/teams/${team.id}/autonomy`, { autonomyLimitCents: 10.5 }, ifMatch(team.version))).statusCode).toBe(400);
    expect((await put(office, `/api/v1/teams/${team.id}/autonomy`, { autonomyLimitCents: 1 }, ifMatch(team.version + 3))).statusCode).toBe(412);
    expect((await member.http.get(`/api/v1/teams/${team.id}`)).json()).toMatchObject({ autonomyLimitCents: null, version: team.version });

    const sunset = await buildTeam(h, { stage: 'sunset' });
    const readOnly = await put(office, `/api/v1/teams/${sunset.id}/autonomy`, { autonomyLimitCents: 1 }, ifMatch(sunset.version));
    expect(readOnly.statusCode).toBe(409);
    expect(readOnly.json().code).toBe('team_read_only');
  });
});
