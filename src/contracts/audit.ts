import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

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
