import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoWorkspace } from '../../src/core/index.ts';
import { demoDecisions, demoServices } from '../../src/db/seed/demo-operating-model.ts';
import { client, createHarness, type Harness } from '../support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  await seedDemoWorkspace(h.ctx);
});
afterAll(() => h.close());

async function signIn(email: string) {
  const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: DEMO_PASSWORD } });
  expect(login.statusCode).toBe(200);
  return client(h.app, { cookie: `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}` });
}

describe('the demo operating model, services, consumption and decisions', () => {
  it('holds the catalog, 18 months of consumption and decisions in every state', async () => {
    const http = await signIn('anna.berger@musterversicherung.de');
    const services = (await http.get('/api/v1/services')).json().items;
    expect(services).toHaveLength(demoServices.length);
    expect(services.find((s: { name: string }) => s.name === 'Quote & Bind API').dependsOn.length).toBeGreaterThanOrEqual(4);

    const consumption = (await http.get('/api/v1/consumption?limit=500')).json().items;
    const months = new Set(consumption.map((c: { month: string }) => c.month));
    expect(months.size).toBe(18);

    const decisions = (await http.get('/api/v1/decisions')).json().items;
    expect(decisions).toHaveLength(demoDecisions.length);
    expect(new Set(decisions.map((d: { status: string }) => d.status))).toEqual(new Set(['proposed', 'pending_approval', 'decided', 'rejected', 'superseded']));

    const kinds = (await http.get('/api/v1/health-signals')).json().items.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['live_service_without_owner', 'core_service_without_price', 'decision_waiting']));
    expect((await http.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('leaves decisions waiting for the data protection officer', async () => {
    const dpo = await signIn('petra.vogt@musterversicherung.de');
    const waiting = (await dpo.get('/api/v1/decisions?awaitingMe=true')).json().items;
    expect(waiting.map((d: { title: string }) => d.title)).toEqual(
      expect.arrayContaining(['Tarifdifferenzierung nach Alter und Regionalklasse ab 2028', 'KI-Assistent im App-Chat über das GenAI-Gateway']),
    );
  });
});
