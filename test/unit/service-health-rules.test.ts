import { describe, expect, it } from 'vitest';
import { decisionWaiting, liveServiceWithoutOwner, providedServiceWithoutPrice, sortSignals, teamWithoutItLead, type ServiceFacts } from '../../src/core/health/health-rules.ts';

const service = (overrides: Partial<ServiceFacts>): ServiceFacts => ({
  id: 's1',
  name: 'Partner-API',
  kind: 'core_service',
  lifecycle: 'live',
  unitPriceCents: 10,
  owner: { id: 't1', name: 'Kernsysteme', stage: 'active' },
  ...overrides,
});

describe('health rules', () => {
  it('flags live services without a running owner, and nothing else', () => {
    const signals = liveServiceWithoutOwner([
      service({ id: 'a', owner: null }),
      service({ id: 'b', owner: { id: 't2', name: 'Altplattform', stage: 'sunset' } }),
      service({ id: 'c' }),
      service({ id: 'd', owner: null, lifecycle: 'deprecated' }),
    ]);
    expect(signals.map((s) => [s.serviceId, s.severity, s.teamId])).toEqual([
      ['a', 'critical', null],
      ['b', 'critical', 't2'],
    ]);
    expect(signals[1]!.text).toBe('Partner-API is live, but its owner team Altplattform is sunset; hand it to a running team');
  });

  it('rates a missing IT lead by stage, and ignores sunset teams', () => {
    const signals = teamWithoutItLead([
      { id: 'p', name: 'Vorschlag', stage: 'proposed', itLeadId: null },
      { id: 'c', name: 'Charta', stage: 'chartered', itLeadId: null },
      { id: 's', name: 'Vorbei', stage: 'sunset', itLeadId: null },
      { id: 'a', name: 'Mit Lead', stage: 'active', itLeadId: 'x' },
    ]);
    expect(signals.map((s) => [s.teamId, s.severity])).toEqual([
      ['p', 'warning'],
      ['c', 'critical'],
    ]);
  });

  it('flags decisions waiting longer than the wait days, not those exactly at it', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    const decision = (id: string, submittedAt: string) => ({ id, title: id, teamId: 't', teamName: 'Kfz-Direkt', submittedAt: new Date(submittedAt) });
    const signals = decisionWaiting([decision('old', '2026-03-10T12:00:00Z'), decision('edge', '2026-03-17T12:00:00Z'), decision('new', '2026-03-30T12:00:00Z')], now, 14);
    expect(signals.map((s) => s.decisionId)).toEqual(['old']);
    expect(signals[0]).toMatchObject({ params: { days: 21, waitDays: 14, team: 'Kfz-Direkt' }, text: '"old" of Kfz-Direkt has been waiting for approval for 21 days (more than 14)' });
  });

  it('flags planned and live provided services without a price', () => {
    const signals = providedServiceWithoutPrice([
      service({ id: 'planned', lifecycle: 'planned', unitPriceCents: null }),
      service({ id: 'live', unitPriceCents: null, kind: 'data_platform' }),
      service({ id: 'deprecated', lifecycle: 'deprecated', unitPriceCents: null }),
      service({ id: 'business', kind: 'business_service', unitPriceCents: null }),
      service({ id: 'priced' }),
    ]);
    expect(signals.map((s) => s.serviceId)).toEqual(['planned', 'live']);
    expect(signals[1]!.text).toBe('Partner-API (data platform, live) has no unit price; its consumption cannot be allocated');
  });

  it('sorts critical first, then by kind and subject', () => {
    const sorted = sortSignals([
      ...providedServiceWithoutPrice([service({ name: 'B', unitPriceCents: null })]),
      ...liveServiceWithoutOwner([service({ name: 'Z', owner: null })]),
      ...providedServiceWithoutPrice([service({ name: 'A', unitPriceCents: null })]),
    ]);
    expect(sorted.map((s) => s.subject)).toEqual(['Z', 'A', 'B']);
  });
});
