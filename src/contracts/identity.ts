import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const ORG_ROLES = ['admin', 'portfolio_office', 'member', 'viewer'] as const;
export const OrgRole = z.enum(ORG_ROLES);
export type OrgRole = z.infer<typeof OrgRole>;

/** read: every GET; write: every change (and read); ingest: only pushing actuals and measurements in, nothing else. */
export const TOKEN_SCOPES = ['read', 'write', 'ingest'] as const;
export const TokenScope = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof TokenScope>;

export const Login = z.object({
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  password: z.string().min(1, 'must not be empty').max(200),
});

export const Abilities = z.object({
  createTeam: z.boolean(),
  managePeople: z.boolean(),
  readAudit: z.boolean(),
  manageUsers: z.boolean(),
  manageChange: z.boolean().describe('Edit the maturity model, surveys, learning offers and roadmap'),
  readPortfolioFinance: z.boolean().describe('Read every team’s budget, actuals, forecast, revenue and margin'),
  manageFinance: z.boolean().describe('Set the fiscal calendar, decide budgets, move budget between teams'),
  readPortfolioGoals: z.boolean().describe('Read every team’s key results, attainment and stale metrics'),
  manageGoals: z.boolean().describe('Set the status thresholds and the organization-wide objectives'),
});
export type Abilities = z.infer<typeof Abilities>;

export const Me = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: OrgRole,
  personId: Id.nullable(),
  abilities: Abilities,
});
export type Me = z.infer<typeof Me>;

export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  role: OrgRole,
  personId: Id.nullable(),
  disabled: z.boolean(),
  version: z.number().int(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const UserCreate = z.object({
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  displayName: z.string().trim().min(1, 'must not be empty').max(120),
  role: OrgRole,
  personId: Id.nullable().default(null),
  password: z.string().min(12, 'must be at least 12 characters').max(200),
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .object({ displayName: z.string().trim().min(1).max(120), role: OrgRole, personId: Id.nullable(), disabled: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'at least one field is required');
export type UserUpdate = z.infer<typeof UserUpdate>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe('First characters of the token, to recognise it'),
  scopes: z.array(TokenScope),
  createdAt: Timestamp,
  expiresAt: Timestamp.nullable(),
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenCreate = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(120),
  scopes: z.array(TokenScope).min(1, 'choose at least one scope'),
  expiresInDays: z.number().int().min(1).max(730).nullable().default(90),
});
export type ApiTokenCreate = z.infer<typeof ApiTokenCreate>;

export const ApiTokenCreated = ApiToken.extend({ token: z.string().describe('Shown only once') });
