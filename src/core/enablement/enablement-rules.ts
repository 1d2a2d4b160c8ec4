import type { Side, TeamEnablement } from '../../contracts/index.ts';

export type Audience = 'all_members' | 'leads' | 'business_side' | 'it_side';

/** Someone who belongs to a team: a current member, one of its two leads, or both. */
export interface TeamPerson {
  id: string;
  name: string;
  side: Side;
  member: boolean;
  lead: boolean;
}

/**
 * Whether an offer expected for `audiences` is expected of this person. The leads are expected to
 * take what is meant for leads even without a membership of their own; the other audiences are
 * the team's current members.
 */
export function isExpected(audiences: readonly Audience[], person: Pick<TeamPerson, 'member' | 'lead' | 'side'>): boolean {
  return audiences.some((audience) => {
    switch (audience) {
      case 'leads':
        return person.lead;
      case 'all_members':
        return person.member;
      case 'business_side':
        return person.member && person.side === 'business';
      case 'it_side':
        return person.member && person.side === 'it';
    }
  });
}

export interface OfferForEnablement {
  id: string;
  title: string;
  expectedFor: readonly Audience[];
}

export const completionKey = (offerId: string, personId: string) => `${offerId}:${personId}`;

/** Per offer: who is expected to complete it, how many did, the share (null when nobody is expected) and who is missing. */
export function teamEnablementOffers(
  offers: readonly OfferForEnablement[],
  people: readonly TeamPerson[],
  /** `completionKey(offerId, personId)` for every completion. */
  completed: ReadonlySet<string>,
): TeamEnablement['offers'] {
  const done = (offerId: string, personId: string) => completed.has(completionKey(offerId, personId));
  return offers.map((offer) => {
    const expected = people.filter((p) => isExpected(offer.expectedFor, p));
    const missing = expected.filter((p) => !done(offer.id, p.id));
    const enabled = expected.length - missing.length;
    return {
      offerId: offer.id,
      title: offer.title,
      expected: expected.length,
      enabled,
      share: expected.length === 0 ? null : Math.round((enabled / expected.length) * 100) / 100,
      missing: missing.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    };
  });
}

/** The team's people from its current memberships and its leads, each once. */
export function teamPeople(
  members: readonly { personId: string; personName: string; side: Side; current: boolean }[],
  leads: readonly { id: string; name: string; side: Side }[],
): TeamPerson[] {
  const byId = new Map<string, TeamPerson>();
  for (const m of members) {
    if (!m.current) continue;
    byId.set(m.personId, { id: m.personId, name: m.personName, side: m.side, member: true, lead: false });
  }
  for (const l of leads) {
    const known = byId.get(l.id);
    if (known) known.lead = true;
    else byId.set(l.id, { id: l.id, name: l.name, side: l.side, member: false, lead: true });
  }
  return [...byId.values()];
}
