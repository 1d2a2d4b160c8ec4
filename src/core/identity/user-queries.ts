import { eq, sql } from 'drizzle-orm';
import type { User } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import type { Actor } from '../shared/context.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function findUser(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export function presentUser(u: UserRow): User {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    personId: u.personId,
    disabled: u.disabled,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Never includes the password hash: audit snapshots are read by admins. */
export function userSnapshot(u: UserRow) {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, personId: u.personId, disabled: u.disabled, version: u.version };
}

export function userActor(u: UserRow): Actor {
  return { type: 'user', userId: u.id, label: u.email, role: u.role, personId: u.personId, scopes: null };
}
