import { describe, expect, it } from 'vitest';
import { findCycle, findCycleReplacing, type Edge } from '../../src/core/services/dependency-graph.ts';

describe('findCycle', () => {
  it('sees a service depending on itself', () => {
    expect(findCycle([], 'a', 'a')).toEqual(['a', 'a']);
  });

  it('finds the cycle a new edge closes, in order from the new edge', () => {
    const edges: Edge[] = [['quote', 'policy']];
    expect(findCycle(edges, 'policy', 'quote')).toEqual(['policy', 'quote', 'policy']);
  });

  it('follows longer paths and reports the shortest cycle', () => {
    const edges: Edge[] = [
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
      ['b', 'a'],
    ];
    expect(findCycle(edges, 'a', 'b')).toEqual(['a', 'b', 'a']);
    expect(findCycle(edges.slice(0, 3), 'a', 'b')).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('allows shared dependencies (a diamond is not a cycle)', () => {
    const edges: Edge[] = [
      ['portal', 'crm'],
      ['portal', 'docs'],
      ['crm', 'db'],
    ];
    expect(findCycle(edges, 'docs', 'db')).toBeNull();
    expect(findCycle(edges, 'portal', 'db')).toBeNull();
  });

  it('terminates on graphs that already hold a cycle elsewhere', () => {
    const edges: Edge[] = [
      ['x', 'y'],
      ['y', 'x'],
    ];
    expect(findCycle(edges, 'a', 'x')).toBeNull();
  });
});

describe('findCycleReplacing', () => {
  it('ignores the service’s current dependencies, which are being replaced', () => {
    const edges: Edge[] = [
      ['a', 'b'],
      ['b', 'c'],
    ];
    expect(findCycleReplacing(edges, 'b', ['a'])).toEqual(['b', 'a', 'b']);
    expect(findCycleReplacing([['c', 'b'], ['b', 'a']], 'b', ['d'])).toBeNull();
  });

  it('checks the new dependencies together, and does not change the edges it was given', () => {
    const edges: Edge[] = [['c', 'a']];
    expect(findCycleReplacing(edges, 'a', ['b', 'c'])).toEqual(['a', 'c', 'a']);
    expect(edges).toEqual([['c', 'a']]);
  });
});
