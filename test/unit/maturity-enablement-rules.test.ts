// Enablement is part of the change programme beside maturity; its audience rule lives in src/core/enablement.
import { describe, expect, it } from 'vitest';
import { completionKey, isExpected, teamEnablementOffers, teamPeople, type TeamPerson } from '../../src/core/enablement/enablement-rules.ts';

const person = (id: string, over: Partial<TeamPerson> = {}): TeamPerson => ({ id, name: id, side: 'it', member: true, lead: false, ...over });

describe('isExpected', () => {
  const businessMember = person('b', { side: 'business' });
  const itMember = person('i');
  const leadWithoutMembership = person('l', { member: false, lead: true, side: 'business' });

  it('expects all_members of every current member, but not of a lead without a membership', () => {
    expect([businessMember, itMember, leadWithoutMembership].map((p) => isExpected(['all_members'], p))).toEqual([true, true, false]);
  });

  it('expects leads of the two leads only, members or not', () => {
    expect(isExpected(['leads'], leadWithoutMembership)).toBe(true);
    expect(isExpected(['leads'], person('x', { lead: true }))).toBe(true);
    expect(isExpected(['leads'], itMember)).toBe(false);
  });

  it('splits members by the side of their discipline', () => {
    expect([isExpected(['business_side'], businessMember), isExpected(['business_side'], itMember)]).toEqual([true, false]);
    expect([isExpected(['it_side'], businessMember), isExpected(['it_side'], itMember)]).toEqual([false, true]);
    expect(isExpected(['it_side'], person('il', { member: false, lead: true }))).toBe(false);
  });

  it('expects an offer for several audiences of anyone in any of them, and nothing without an audience', () => {
    expect(isExpected(['leads', 'business_side'], businessMember)).toBe(true);
    expect(isExpected(['leads', 'business_side'], itMember)).toBe(false);
    expect(isExpected([], businessMember)).toBe(false);
  });
});

describe('teamPeople', () => {
  it('takes current members once and marks or adds the leads', () => {
    const people = teamPeople(
      [
        { personId: 'a', personName: 'Anna', side: 'business', current: true },
        { personId: 'a', personName: 'Anna', side: 'business', current: true },
        { personId: 'c', personName: 'Carl', side: 'it', current: false },
        { personId: 'd', personName: 'Dora', side: 'it', current: true },
      ],
      [
        { id: 'a', name: 'Anna', side: 'business' },
        { id: 'e', name: 'Emil', side: 'it' },
      ],
    );
    expect(people).toEqual([
      { id: 'a', name: 'Anna', side: 'business', member: true, lead: true },
      { id: 'd', name: 'Dora', side: 'it', member: true, lead: false },
      { id: 'e', name: 'Emil', side: 'it', member: false, lead: true },
    ]);
  });
});

describe('teamEnablementOffers', () => {
  const people = [person('p1', { name: 'Zoe', side: 'business' }), person('p2', { name: 'Ben' }), person('p3', { name: 'Ada' })];

  it('counts who is expected and who completed it, with the share and the missing people by name', () => {
    const [row] = teamEnablementOffers([{ id: 'o1', title: 'Agile Grundlagen', expectedFor: ['all_members'] }], people, new Set([completionKey('o1', 'p2')]));
    expect(row).toEqual({
      offerId: 'o1',
      title: 'Agile Grundlagen',
      expected: 3,
      enabled: 1,
      share: 0.33,
      missing: [
        { id: 'p3', name: 'Ada' },
        { id: 'p1', name: 'Zoe' },
      ],
    });
  });

  it('ignores completions of people it does not expect, and has no share when nobody is expected', () => {
    const rows = teamEnablementOffers(
      [
        { id: 'o1', title: 'Produktmanagement', expectedFor: ['business_side'] },
        { id: 'o2', title: 'Führen im Tandem', expectedFor: ['leads'] },
      ],
      people,
      new Set([completionKey('o1', 'p1'), completionKey('o1', 'p2')]),
    );
    expect(rows.map((r) => [r.expected, r.enabled, r.share])).toEqual([
      [1, 1, 1],
      [0, 0, null],
    ]);
  });
});
