import { join } from 'node:path';
import { type Ctx, systemActor } from '../core/index.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import type { Config } from './config.ts';

/** Opens the configured database (embedded PGlite in the data folder, or PostgreSQL) and migrates it. */
export async function openMigrated(config: Config): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, 'db') });
  await migrate(database);
  return database;
}

export function systemCtx(database: Database, config: Config, label = 'cli'): Ctx {
  return { db: database.db, actor: { ...systemActor, label }, requestId: null, now: () => new Date(), timeZone: config.timeZone };
}
