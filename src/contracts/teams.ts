import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common.ts';
import { Discipline, Person, Side } from './people.ts';

export const TEAM_KINDS = ['fusion', 'platform'] as const;
export const TeamKind = z.enum(TEAM_KINDS);
export type TeamKind = z.infer<typeof TeamKind>;

export const MANDATE_KINDS = ['product', 'platform', 'customer_segment'] as const;
export const MandateKind = z.enum(MANDATE_KINDS);
export type MandateKind = z.infer<typeof MandateKind>;

export const STAGES = ['proposed', 'chartered', 'active', 'sunset'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

const text = (max: number) => z.string().trim().max(max);

export const TeamCreate = z.object({
  name: text(120).min(1, 'must not be empty'),
  kind: TeamKind,
  mission: text(2000).default(''),
  mandateKind: MandateKind,
  mandateScope: text(2000).default(''),
  customerSegment: text(200).default(''),
  businessLeadId: Id.nullable().default(null),
  itLeadId: Id.nullable().default(null),
});
export type TeamCreate = z.infer<typeof TeamCreate>;

export const TeamUpdate = z
  .object({
    name: text(120).min(1, 'must not be empty'),
    kind: TeamKind,
    mission: text(2000),
    mandateKind: MandateKind,
    mandateScope: text(2000),
    customerSegment: text(200),
    businessLeadId: Id.nullable(),
    itLeadId: Id.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type TeamUpdate = z.infer<typeof TeamUpdate>;

export const TeamTransition = z.object({ to: Stage });
export type TeamTransition = z.infer<typeof TeamTransition>;

export const LeadRef = z.object({ id: Id, name: z.string(), discipline: Discipline }).nullable();

export const TeamAbilities = z.object({
  update: z.boolean(),
  manageMembers: z.boolean(),
  charter: z.boolean(),
  activate: z.boolean(),
  sunset: z.boolean(),
  manageServices: z.boolean().describe('Edit owned services and record consumption of provided ones'),
  recordDecision: z.boolean(),
  assess: z.boolean().describe('Record a maturity assessment of the team'),
});
export type TeamAbilities = z.infer<typeof TeamAbilities>;

export const TeamSummary = z.object({
  id: Id,
  name: z.string(),
  kind: TeamKind,
  mandateKind: MandateKind,
  stage: Stage,
  customerSegment: z.string(),
  businessLead: LeadRef,
  itLead: LeadRef,
  headcount: z.number().int(),
  fte: z.number().describe('Sum of allocations today, in full-time equivalents'),
  businessShare: z.number().min(0).max(1).nullable().describe('Share of FTE from business-side disciplines; null without members'),
  version: z.number().int(),
});
export type TeamSummary = z.infer<typeof TeamSummary>;

export const Membership = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  personId: Id,
  personName: z.string(),
  discipline: Discipline,
  side: Side,
  role: z.string(),
  allocation: z.number().int(),
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
  current: z.boolean().describe('True when the membership covers today'),
  version: z.number().int(),
});
export type Membership = z.infer<typeof Membership>;

export const Team = TeamSummary.extend({
  autonomyLimitCents: z.number().int().nullable().describe('Own decision autonomy limit; null means the default applies'),
  mission: z.string(),
  mandateScope: z.string(),
  memberships: z.array(Membership),
  abilities: TeamAbilities,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Team = z.infer<typeof Team>;

export const TeamsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  stage: Stage.optional(),
  kind: TeamKind.optional(),
  mandateKind: MandateKind.optional(),
});

export const MembershipCreate = z
  .object({
    personId: Id,
    role: text(120).min(1, 'must not be empty'),
    allocation: z.number().int().min(1, 'must be at least 1 %').max(100, 'must be at most 100 %'),
    startDate: IsoDate,
    endDate: IsoDate.nullable().default(null),
  })
  .refine((m) => m.endDate === null || m.endDate >= m.startDate, { path: ['endDate'], message: 'must not be before the start date' });
export type MembershipCreate = z.infer<typeof MembershipCreate>;

export const MembershipUpdate = z
  .object({
    role: text(120).min(1, 'must not be empty'),
    allocation: z.number().int().min(1, 'must be at least 1 %').max(100, 'must be at most 100 %'),
    startDate: IsoDate,
    endDate: IsoDate.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type MembershipUpdate = z.infer<typeof MembershipUpdate>;

export const MembershipEnd = z.object({ endDate: IsoDate });
export type MembershipEnd = z.infer<typeof MembershipEnd>;

export const PersonDetail = Person.extend({ memberships: z.array(Membership) });
export type PersonDetail = z.infer<typeof PersonDetail>;
