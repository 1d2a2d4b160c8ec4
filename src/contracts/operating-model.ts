import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Cents } from './money.ts';
import { Criticality } from './services.ts';

export const Key = z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, 'must be lower_snake_case, 2–50 characters');

export const ModelRole = z.object({
  key: Key,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  responsibilities: z.string().trim().max(4000),
  approver: z.boolean().describe('Can be required by a decision right to approve decisions'),
  holderIds: z.array(Id).max(200).describe('People who hold the role'),
});
export type ModelRole = z.infer<typeof ModelRole>;

export const CADENCE_FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;
export const Cadence = z.object({
  key: Key,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  frequency: z.enum(CADENCE_FREQUENCIES),
  description: z.string().trim().max(4000),
  participants: z.string().trim().max(500),
});
export type Cadence = z.infer<typeof Cadence>;

export const OperatingModelUpdate = z.object({
  roles: z.array(ModelRole).min(1).max(100),
  cadences: z.array(Cadence).max(100),
  decisionWaitDays: z.number().int().min(1).max(365).describe('A decision pending approval longer than this is flagged'),
});
export type OperatingModelUpdate = z.infer<typeof OperatingModelUpdate>;

export const DECISION_CATEGORIES = ['price', 'technology', 'customer_outreach', 'budget', 'vendor', 'data_legal', 'people'] as const;
export const DecisionCategory = z.enum(DECISION_CATEGORIES);
export type DecisionCategory = z.infer<typeof DecisionCategory>;

/** All conditions given must hold for the rule to apply; a rule needs at least one. */
export const RuleConditions = z
  .object({
    categories: z.array(DecisionCategory).min(1).optional(),
    budgetImpactAboveCents: Cents.optional(),
    exceedsTeamLimit: z.literal(true).optional().describe('Budget impact above the team’s autonomy limit'),
    personalData: z.literal(true).optional(),
    newVendor: z.literal(true).optional(),
    serviceCriticalityAtLeast: Criticality.optional().describe('An affected service is at least this critical'),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'a rule needs at least one condition');
export type RuleConditions = z.infer<typeof RuleConditions>;

export const DecisionRule = z.object({
  key: Key,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  when: RuleConditions,
  approverRole: Key.describe('Key of an approver role of the operating model'),
});
export type DecisionRule = z.infer<typeof DecisionRule>;

export const DecisionRulesUpdate = z.object({
  defaultAutonomyLimitCents: Cents.describe('Budget impact a team decides alone unless the team has its own limit'),
  rules: z.array(DecisionRule).max(100),
});
export type DecisionRulesUpdate = z.infer<typeof DecisionRulesUpdate>;

export const DecisionRuleSet = DecisionRulesUpdate.extend({
  version: z.number().int(),
  createdAt: Timestamp,
  createdBy: z.string(),
});
export type DecisionRuleSet = z.infer<typeof DecisionRuleSet>;

export const DISCIPLINE_SIDES = z.object({ business: z.array(z.string()), it: z.array(z.string()) });

export const OperatingModel = OperatingModelUpdate.extend({
  roles: z.array(ModelRole.extend({ holders: z.array(z.object({ id: Id, name: z.string() })) })),
  disciplines: DISCIPLINE_SIDES,
  decisionRules: DecisionRuleSet,
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type OperatingModel = z.infer<typeof OperatingModel>;

export const TeamAutonomy = z.object({ autonomyLimitCents: Cents.nullable().describe('null: the default limit applies') });
