import { describe, expect, it } from 'vitest';
import { checkDemoData, demoPeople, demoTeams } from '../../src/db/seed/demo-data.ts';

describe('demo workspace data', () => {
  it('satisfies every rule the seeder relies on', () => {
    expect(checkDemoData()).toEqual([]);
  });

  it('has the E-Scooter team and about sixty people', () => {
    expect(demoTeams.find((t) => t.key === 'escooter')).toMatchObject({ stage: 'active', customerSegment: expect.stringContaining('18–29') });
    expect(demoPeople.length).toBeGreaterThanOrEqual(55);
  });
});
