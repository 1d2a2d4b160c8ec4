import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Cents } from './money.ts';
import { DecisionCategory } from './operating-model.ts';
import { Link, ServiceRef } from './services.ts';

export const DECISION_STATUSES = ['proposed', 'pending_approval', 'decided', 'rejected', 'superseded'] as const;
export const DecisionStatus = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

const decisionFields = {
  title: z.string().trim().min(1, 'must not be empty').max(200),
  category: DecisionCategory,
  context: z.string().trim().max(8000),
  options: z.array(z.string().trim().min(1, 'must not be empty').max(1000)).max(20).describe('Options considered'),
  choice: z.string().trim().max(4000),
  rationale: z.string().trim().max(8000),
  budgetImpactCents: Cents,
  personalData: z.boolean(),
  newVendor: z.boolean(),
  affectedServiceIds: z.array(Id).max(50),
  links: z.array(Link).max(20),
};

export const DecisionCreate = z.object({
  ...decisionFields,
  context: decisionFields.context.default(''),
  options: decisionFields.options.default([]),
  choice: decisionFields.choice.default(''),
  rationale: decisionFields.rationale.default(''),
  budgetImpactCents: decisionFields.budgetImpactCents.default(0),
  personalData: decisionFields.personalData.default(false),
  newVendor: decisionFields.newVendor.default(false),
  affectedServiceIds: decisionFields.affectedServiceIds.default([]),
  links: decisionFields.links.default([]),
  supersedesId: Id.nullable().default(null).describe('A decided decision this one replaces once it is decided'),
});
export type DecisionCreate = z.infer<typeof DecisionCreate>;

export const DecisionUpdate = z
  .object(decisionFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type DecisionUpdate = z.infer<typeof DecisionUpdate>;

/** Why an approval is needed, structured so every language can say it. */
export const ApprovalReason = z.object({
  code: z.enum(['category', 'budget_above', 'exceeds_team_limit', 'personal_data', 'new_vendor', 'service_criticality']),
  text: z.string().describe('The reason in English, e.g. "budget impact 80,000 € exceeds the team’s 50,000 € limit"'),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type ApprovalReason = z.infer<typeof ApprovalReason>;

export const RequiredApproval = z.object({
  approverRole: z.string(),
  approverRoleName: z.string(),
  ruleKey: z.string(),
  ruleName: z.string(),
  reasons: z.array(ApprovalReason),
});
export type RequiredApproval = z.infer<typeof RequiredApproval>;

export const Evaluation = z.object({
  ruleSetVersion: z.number().int(),
  autonomyLimitCents: z.number().int(),
  ownCall: z.boolean(),
  required: z.array(RequiredApproval),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const Verdict = z.enum(['approve', 'reject']);
export const ApprovalCreate = z.object({
  approverRole: z.string().min(1).max(50).describe('Which required role you approve for'),
  verdict: Verdict,
  comment: z.string().trim().max(4000).default(''),
});
export type ApprovalCreate = z.infer<typeof ApprovalCreate>;

export const Approval = z.object({
  id: Id,
  approverRole: z.string(),
  verdict: Verdict,
  comment: z.string(),
  approver: z.object({ id: Id, name: z.string() }),
  at: Timestamp,
});
export type Approval = z.infer<typeof Approval>;

export const DecisionAbilities = z.object({
  update: z.boolean(),
  submit: z.boolean(),
  approveAs: z.array(z.string()).describe('Required roles you may still approve or reject for'),
});

export const DecisionSummary = z.object({
  id: Id,
  teamId: Id,
  teamName: z.string(),
  title: z.string(),
  category: DecisionCategory,
  status: DecisionStatus,
  budgetImpactCents: z.number().int(),
  personalData: z.boolean(),
  newVendor: z.boolean(),
  proposedBy: z.string(),
  submittedAt: Timestamp.nullable(),
  decidedAt: Timestamp.nullable(),
  pendingRoles: z.array(z.string()).describe('Required roles that have not yet approved'),
  version: z.number().int(),
  createdAt: Timestamp,
});
export type DecisionSummary = z.infer<typeof DecisionSummary>;

export const Decision = DecisionSummary.extend({
  context: z.string(),
  options: z.array(z.string()),
  choice: z.string(),
  rationale: z.string(),
  affectedServices: z.array(ServiceRef),
  links: z.array(Link),
  evaluation: Evaluation.nullable().describe('Stored at submission with the rule version it was judged by'),
  preview: Evaluation.describe('How the current decision rights would judge it now'),
  approvals: z.array(Approval),
  supersedes: z.object({ id: Id, title: z.string() }).nullable(),
  supersededBy: z.object({ id: Id, title: z.string() }).nullable(),
  abilities: DecisionAbilities,
  updatedAt: Timestamp,
});
export type Decision = z.infer<typeof Decision>;

export const DecisionsQuery = z.object({
  teamId: Id.optional(),
  status: DecisionStatus.optional(),
  category: DecisionCategory.optional(),
  awaitingMe: z.enum(['true', 'false']).optional().describe('Only decisions waiting for an approval you can give'),
});

export const HEALTH_SIGNAL_KINDS = ['live_service_without_owner', 'team_without_it_lead', 'decision_waiting', 'core_service_without_price'] as const;
export const HealthSignal = z.object({
  kind: z.enum(HEALTH_SIGNAL_KINDS),
  severity: z.enum(['warning', 'critical']),
  teamId: Id.nullable(),
  serviceId: Id.nullable(),
  decisionId: Id.nullable(),
  subject: z.string().describe('Name of the team, service or decision concerned'),
  text: z.string().describe('The signal in English'),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type HealthSignal = z.infer<typeof HealthSignal>;
export const HealthSignalsQuery = z.object({ teamId: Id.optional() });
