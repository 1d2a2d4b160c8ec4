import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/contracts/index.ts';
import { canTransition } from '../../src/core/teams/lifecycle.ts';

describe('team lifecycle', () => {
  const allowed = new Set(['proposed→chartered', 'chartered→active', 'proposed→sunset', 'chartered→sunset', 'active→sunset']);
  for (const from of STAGES) {
    for (const to of STAGES) {
      const key = `${from}→${to}`;
      it(`${allowed.has(key) ? 'allows' : 'refuses'} ${key}`, () => {
        expect(canTransition(from, to)).toBe(allowed.has(key));
      });
    }
  }
});
