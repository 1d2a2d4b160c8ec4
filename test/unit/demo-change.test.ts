import { describe, expect, it } from 'vitest';
import { checkDemoData, DEMO_TODAY } from '../../src/db/seed/demo-data.ts';
import { checkDemoChange, demoEnablementShare, demoInitiatives, demoLearningOffers, demoLevels, demoSurveys, shiftDate } from '../../src/db/seed/demo-change.ts';

describe('demo change programme', () => {
  it('satisfies every rule the seeder relies on', () => {
    expect(checkDemoChange()).toEqual([]);
    expect(checkDemoData()).toEqual([]);
  });

  it('lets the E-Scooter team climb in culture and data & AI across three rounds', () => {
    expect(demoLevels('escooter', 'culture_mindset')).toEqual([2, 3, 4]);
    expect(demoLevels('escooter', 'data_ai')).toEqual([2, 3, 4]);
    expect(demoLevels('kernsystem', 'culture_mindset').at(-1)).toBeLessThanOrEqual(2);
  });

  it('has a closed survey and one open on the demo day, each with one team below its minimum', () => {
    const open = demoSurveys.filter((s) => s.opensOn < DEMO_TODAY && DEMO_TODAY < s.closesOn);
    expect(open).toHaveLength(1);
    for (const s of demoSurveys) {
      const counts = s.teams.map((t) => s.answers.filter((a) => a.team === t).length);
      expect(counts.filter((n) => n < s.minResponses)).toHaveLength(1);
    }
  });

  it('enables E-Scooter more than the core system team, and leaves milestones overdue', () => {
    for (const o of demoLearningOffers) expect(demoEnablementShare(o, 'escooter')!).toBeGreaterThanOrEqual(0.8);
    expect(demoLearningOffers.some((o) => demoEnablementShare(o, 'kernsystem')! < 0.5)).toBe(true);
    const overdue = demoInitiatives.flatMap((i) => i.milestones).filter((m) => m.doneOn === undefined && m.dueOn < DEMO_TODAY);
    expect(overdue.map((m) => m.title)).toEqual(expect.arrayContaining(['Copilot für alle Mitarbeitenden', 'Budget 2027 je Team freigegeben']));
  });

  it('shifts demo dates by whole days', () => {
    expect(shiftDate('2026-11-23', 9)).toBe('2026-12-02');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });
});
