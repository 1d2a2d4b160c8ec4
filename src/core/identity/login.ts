import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Me } from '../../contracts/index.ts';
import { loginAttempts, sessions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { presentMe } from './get-me.ts';
import { digest, newSecret, timingDummyHash, verifyPassword } from './secrets.ts';
import { findUserByEmail, userActor } from './user-queries.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILED_LOGINS = 10;

export interface LoginInput {
  email: string;
  password: string;
  /** Where the attempt came from (client IP), so one attacker cannot lock out everyone. */
  source: string;
}

export interface LoginResult {
  me: Me;
  sessionToken: string;
  expiresAt: Date;
}

/**
 * Checks a password and opens a new session. Failed attempts are counted in the database per
 * email and per source, so the limit holds across every app server.
 */
export async function login(ctx: Ctx, input: LoginInput): Promise<LoginResult> {
  const keys = [`email:${input.email.toLowerCase()}`, `source:${input.source}`];
  const since = new Date(ctx.now().getTime() - LOGIN_WINDOW_MS);
  // Count, check and record under a per-email lock: parallel guesses queue up instead of all
  // reading the same count. A failure is committed before it is reported, so it always counts.
  const outcome = await inTransaction(ctx, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${keys[0]!}))`);
    for (const key of keys) {
      const [row] = await tx.select({ n: count() }).from(loginAttempts).where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
      if ((row?.n ?? 0) >= MAX_FAILED_LOGINS) return { kind: 'throttled' } as const;
    }
    const user = await findUserByEmail(tx, input.email);
    const usable = user?.passwordHash && !user.disabled ? user : undefined;
    // Unknown emails still cost one hash check, so response times do not reveal which accounts exist.
    const ok = usable ? await verifyPassword(usable.passwordHash!, input.password) : (await verifyPassword(await timingDummyHash(), input.password), false);
    if (!usable || !ok) {
      await tx.insert(loginAttempts).values(keys.map((key) => ({ key, at: ctx.now() })));
      return { kind: 'refused' } as const;
    }
    const sessionToken = newSecret('');
    const expiresAt = new Date(ctx.now().getTime() + SESSION_TTL_MS);
    const actor = userActor(usable);
    await tx.delete(loginAttempts).where(eq(loginAttempts.key, keys[0]!));
    await tx.delete(loginAttempts).where(lt(loginAttempts.at, since));
    await tx.delete(sessions).where(and(eq(sessions.userId, usable.id), lt(sessions.expiresAt, ctx.now())));
    await tx.insert(sessions).values({ tokenHash: digest(sessionToken), userId: usable.id, createdAt: ctx.now(), expiresAt });
    await recordAuditEvent(tx, { ...ctx, actor }, { action: 'user.login', entityType: 'user', entityId: usable.id });
    return { kind: 'signed-in', result: { me: presentMe(actor, usable), sessionToken, expiresAt } } as const;
  });
  if (outcome.kind === 'throttled') throw new DomainError('too_many_attempts', 'Too many failed sign-in attempts; wait 15 minutes and try again');
  if (outcome.kind === 'refused') throw new DomainError('invalid_credentials', 'Email or password is not correct');
  return outcome.result;
}
