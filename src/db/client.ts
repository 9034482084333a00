import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
/**
 * One Drizzle type for both engines: modules never know which one they run on. No schema is passed:
 * rooms query their own tables with the query builder, so this layer imports no room.
 */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
export type Executor = Db | Tx;

export interface Database {
  readonly db: Db;
  readonly engine: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a folder or the server's address without credentials. */
  readonly location: string;
  /**
   * Runs work that one process at a time may do across every node sharing the database (migrations):
   * a session advisory lock on a server; PGlite has one process already.
   */
  exclusively<T>(work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory-lock key of platform-wide exclusive work (an arbitrary constant: "shian" in ASCII). */
const EXCLUSIVE_LOCK_KEY = 0x73686961;

export class DataDirLockedError extends Error {
  constructor(lockFile: string, pid: number) {
    super(
      `the data folder is in use by process ${pid} (${lockFile}); stop that process first, ` +
        'or set DATABASE_URL to a PostgreSQL server, which any number of processes can share',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const lockFileOf = (dataDir: string) => path.join(dataDir, 'shian.lock');

/** Throws when another live process holds the data folder's lock file (a stale one from a dead process is ignored). */
export function refuseIfDataDirLocked(dataDir: string): void {
  const lockFile = lockFileOf(dataDir);
  const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, 'utf8')) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(lockFile, holder);
}

/** PGlite does not lock its folder and two writers corrupt it, so one process holds a lock file. */
function acquireLock(dataDir: string): () => void {
  const lockFile = lockFileOf(dataDir);
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    refuseIfDataDirLocked(dataDir);
    fs.writeFileSync(lockFile, String(process.pid));
  }
  return () => fs.rmSync(lockFile, { force: true });
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database & { client: PGlite }> {
  let release = () => {};
  let pgDir: string | undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    release = acquireLock(options.dataDir);
    pgDir = path.join(options.dataDir, 'pg');
  }
  try {
    const client = await PGlite.create({ dataDir: pgDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
    const db = drizzlePglite({ client, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      client,
      engine: 'pglite',
      location: options.dataDir ?? 'memory',
      exclusively: (work) => work(db),
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export function openPostgres(url: string, poolSize = 10): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closed (restart, failover, a dropped database) is replaced on the next
  // checkout; without a listener its error would crash the process.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`));
  const db = drizzlePg({ client: pool, casing: 'snake_case' }) as unknown as Db;
  const parsed = new URL(url);
  return {
    db,
    pool,
    engine: 'postgres',
    location: `${parsed.host}${parsed.pathname}`,
    async exclusively(work) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [EXCLUSIVE_LOCK_KEY]);
        return await work(drizzlePg({ client, casing: 'snake_case' }));
      } finally {
        await client.query('select pg_advisory_unlock($1)', [EXCLUSIVE_LOCK_KEY]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openDatabase(config: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite({ dataDir: config.dataDir });
}

/** Runs raw SQL on either engine and returns its rows (both drivers answer `{ rows }`). */
export async function queryRows<T = Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
