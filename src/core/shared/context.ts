import type { OrgRole, TokenScope } from '../../contracts/index.ts';
import type { Db } from '../../db/client.ts';

export interface Actor {
  type: 'user' | 'token' | 'system';
  userId: string | null;
  label: string;
  role: OrgRole;
  /** The person this user is, if linked: team rights (leads manage their team) follow from it. */
  personId: string | null;
  /** For API tokens: what the token may do; null for interactive sessions. */
  scopes: readonly TokenScope[] | null;
  /** Set when the actor is an API token. */
  tokenId?: string;
}

export interface Ctx {
  db: Db;
  actor: Actor;
  requestId: string | null;
  now: () => Date;
  timeZone: string;
}

export const systemActor: Actor = {
  type: 'system',
  userId: null,
  label: 'system',
  role: 'admin',
  personId: null,
  scopes: null,
};

/** Today's calendar date in the organization's time zone, as YYYY-MM-DD. */
export function today(ctx: Pick<Ctx, 'now' | 'timeZone'>): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    ctx.now(),
  );
}
