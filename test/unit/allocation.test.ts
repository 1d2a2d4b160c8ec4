import { describe, expect, it } from 'vitest';
import { allocationOn, isCurrent, peakAllocation } from '../../src/core/memberships/allocation.ts';

describe('peakAllocation', () => {
  it('is zero without memberships', () => {
    expect(peakAllocation([]).total).toBe(0);
  });

  it('adds spans that overlap and finds the first date of the peak', () => {
    const peak = peakAllocation([
      { allocation: 60, startDate: '2026-01-01', endDate: '2026-06-30' },
      { allocation: 50, startDate: '2026-06-01', endDate: null },
    ]);
    expect(peak).toEqual({ total: 110, date: '2026-06-01' });
  });

  it('does not add spans that only follow each other (end dates are inclusive)', () => {
    const spans = [
      { allocation: 100, startDate: '2025-01-01', endDate: '2025-12-31' },
      { allocation: 100, startDate: '2026-01-01', endDate: null },
    ];
    expect(peakAllocation(spans).total).toBe(100);
    expect(allocationOn(spans, '2025-12-31')).toBe(100);
  });

  it('counts an open-ended span on every later date', () => {
    const spans = [
      { allocation: 40, startDate: '2020-01-01', endDate: null },
      { allocation: 30, startDate: '2030-01-01', endDate: '2030-01-01' },
    ];
    expect(peakAllocation(spans)).toEqual({ total: 70, date: '2030-01-01' });
  });
});

describe('isCurrent', () => {
  it('covers the start and end dates themselves', () => {
    expect(isCurrent({ startDate: '2026-12-01', endDate: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(isCurrent({ startDate: '2026-12-02', endDate: null }, '2026-12-01')).toBe(false);
  });
});
