import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH } from '../../src/core/audit/hash.ts';

const event = {
  id: 'e1',
  at: '2026-12-01T08:00:00.000Z',
  actorType: 'user',
  actorId: 'u1',
  actorLabel: 'anna.berger@musterversicherung.de',
  action: 'team.update',
  entityType: 'team',
  entityId: 't1',
  before: { mission: 'alt', version: 1 },
  after: { version: 2, mission: 'neu' },
  requestId: 'r1',
};

describe('audit hash chain', () => {
  it('hashes the same content the same, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const reordered = { ...event, after: { mission: 'neu', version: 2 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, event));
  });

  it('changes when any field or the predecessor changes', () => {
    const h = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, actorLabel: 'mallory' })).not.toBe(h);
    expect(chainHash(h, event)).not.toBe(h);
  });
});
