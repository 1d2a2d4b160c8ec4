import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { settings, users } from '../../db/schema.ts';

const DEMO_KEY = 'workspace.demo';

/** True only when this data folder was seeded as a demo; only then do demo logins exist. */
export async function isDemoWorkspace(db: Db): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, DEMO_KEY));
  return row?.value === true;
}

export async function hasUsers(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

export async function markDemoWorkspace(db: Pick<Db, 'insert'>): Promise<void> {
  await db.insert(settings).values({ key: DEMO_KEY, value: true });
}

export { demoUsers as demoLogins, DEMO_PASSWORD } from '../../db/seed/demo-data.ts';
