import { describe, expect, it } from 'vitest';
import { dueOnProblems, initiativeDateProblems, isOverdue, overdueCount } from '../../src/core/roadmap/roadmap-rules.ts';

describe('isOverdue', () => {
  it('is overdue once the due day has passed without the milestone being done', () => {
    expect(isOverdue({ dueOn: '2026-06-30', doneOn: null }, '2026-07-01')).toBe(true);
  });

  it('is not overdue on its due day, before it, or once done (even late)', () => {
    expect(isOverdue({ dueOn: '2026-06-30', doneOn: null }, '2026-06-30')).toBe(false);
    expect(isOverdue({ dueOn: '2026-06-30', doneOn: null }, '2026-01-01')).toBe(false);
    expect(isOverdue({ dueOn: '2026-06-30', doneOn: '2026-08-01' }, '2026-09-01')).toBe(false);
  });

  it('counts the overdue ones', () => {
    expect(overdueCount([{ dueOn: '2026-01-01', doneOn: null }, { dueOn: '2026-02-01', doneOn: '2026-02-01' }, { dueOn: '2026-12-01', doneOn: null }], '2026-06-01')).toBe(1);
  });
});

describe('initiativeDateProblems', () => {
  const dates = { startDate: '2026-01-01', endDate: '2026-12-31' };

  it('accepts an end on the start day and milestones on either boundary', () => {
    expect(initiativeDateProblems({ startDate: '2026-03-01', endDate: '2026-03-01' }, [])).toEqual([]);
    expect(initiativeDateProblems(dates, [{ title: 'a', dueOn: '2026-01-01' }, { title: 'b', dueOn: '2026-12-31' }])).toEqual([]);
  });

  it('names the date that was moved when the end falls before the start', () => {
    const crossed = { startDate: '2026-07-01', endDate: '2026-06-30' };
    expect(initiativeDateProblems(crossed, [], ['endDate']).map((p) => p.field)).toEqual(['endDate']);
    expect(initiativeDateProblems(crossed, [], ['startDate']).map((p) => p.field)).toEqual(['startDate']);
    expect(initiativeDateProblems(crossed, []).map((p) => p.field)).toEqual(['endDate']);
  });

  it('refuses dates that strand milestones, naming them', () => {
    const problems = initiativeDateProblems({ startDate: '2026-03-01', endDate: '2026-09-30' }, [
      { title: 'Kick-off', dueOn: '2026-02-15' },
      { title: 'Rollout', dueOn: '2026-11-30' },
      { title: 'Pilot', dueOn: '2026-06-30' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['startDate', 'endDate']);
    expect(problems[0]!.message).toContain('“Kick-off” (2026-02-15)');
    expect(problems[1]!.message).toContain('“Rollout” (2026-11-30)');
  });
});

describe('dueOnProblems', () => {
  const initiative = { startDate: '2026-01-01', endDate: '2026-06-30' };

  it('accepts a due date within the initiative, boundaries included', () => {
    expect(dueOnProblems('2026-01-01', initiative)).toEqual([]);
    expect(dueOnProblems('2026-06-30', initiative)).toEqual([]);
  });

  it('refuses one before or after it', () => {
    expect(dueOnProblems('2025-12-31', initiative).map((p) => p.field)).toEqual(['dueOn']);
    expect(dueOnProblems('2026-07-01', initiative)[0]!.message).toBe('must be within the initiative, 2026-01-01 to 2026-06-30');
  });
});
