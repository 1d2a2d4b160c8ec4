import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** Every action the audit log records, with the kind of entity it concerns. */
export const AUDIT_ACTION_ENTITY = {
  'person.create': 'person',
  'person.update': 'person',
  'team.create': 'team',
  'team.update': 'team',
  'team.transition': 'team',
  'team.autonomy': 'team',
  'membership.create': 'membership',
  'membership.update': 'membership',
  'membership.end': 'membership',
  'user.create': 'user',
  'user.update': 'user',
  'user.login': 'user',
  'user.logout': 'user',
  'token.create': 'token',
  'token.revoke': 'token',
  'model.update': 'operating_model',
  'decision_rules.update': 'decision_rules',
  'decision.create': 'decision',
  'decision.update': 'decision',
  'decision.submit': 'decision',
  'decision.approve': 'decision',
  'decision.reject': 'decision',
  'decision.supersede': 'decision',
  'service.create': 'service',
  'service.update': 'service',
  'consumption.record': 'consumption',
  'consumption.batch': 'consumption',
  'maturity_model.update': 'maturity_model',
  'assessment.create': 'assessment',
  'learning_offer.create': 'learning_offer',
  'learning_offer.update': 'learning_offer',
  'completion.create': 'completion',
  'initiative.create': 'initiative',
  'initiative.update': 'initiative',
  'milestone.create': 'milestone',
  'milestone.update': 'milestone',
  'survey.create': 'survey',
  'survey.answer': 'survey',
  'finance_settings.update': 'finance_settings',
  'budget.create': 'budget',
  'budget.update': 'budget',
  'budget.submit': 'budget',
  'budget.approve': 'budget',
  'budget.reject': 'budget',
  'budget.reallocate': 'budget_reallocation',
  'ledger.book': 'ledger',
  'ledger.batch': 'ledger',
  'ledger.reverse': 'ledger',
  'goal_settings.update': 'goal_settings',
  'metric.create': 'metric',
  'metric.update': 'metric',
  'measurement.record': 'metric',
  'measurement.batch': 'measurement_batch',
  'objective.create': 'objective',
  'objective.update': 'objective',
  'key_result.create': 'key_result',
  'key_result.update': 'key_result',
  'check_in.create': 'check_in',
  'scale.seed': 'organization',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_ENTITY;
export type AuditEntity = (typeof AUDIT_ACTION_ENTITY)[AuditAction];
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_ENTITY) as AuditAction[];
export const AUDIT_ENTITY_TYPES = [...new Set(Object.values(AUDIT_ACTION_ENTITY))] as AuditEntity[];

export const AuditEvent = z.object({
  seq: z.number().int(),
  id: Id,
  at: Timestamp,
  actorType: z.enum(['user', 'token', 'system']),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
});

export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().nullable().describe('seq of the first event whose hash does not match'),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
