import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

export async function checkHealth(db: Db): Promise<{ status: 'ok' | 'degraded'; database: 'up' | 'down' }> {
  try {
    await db.execute(sql`select 1`);
    return { status: 'ok', database: 'up' };
  } catch {
    return { status: 'degraded', database: 'down' };
  }
}
