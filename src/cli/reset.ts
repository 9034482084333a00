import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Config } from '../config.ts';
import { refuseIfDataDirLocked } from '../db/client.ts';
import { RefusedError } from './errors.ts';

/** Asks a yes/no question on the terminal; only a "y" or "yes" answer counts as yes. */
export async function askOnTerminal(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await terminal.question(`${question} [y/N] `)).trim());
  } finally {
    terminal.close();
  }
}

/**
 * Removes the embedded data folder so this start begins afresh (with --demo: a fresh city). Asks first unless
 * `yes`; without a terminal to ask on, `yes` is required. Returns false when the answer was no.
 */
export async function resetDataDir(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  options: { yes: boolean; confirm?: (question: string) => Promise<boolean> },
): Promise<boolean> {
  if (config.databaseUrl) {
    throw new RefusedError(
      '--reset removes the embedded data folder, and DATABASE_URL is set: it will not drop a database on a server. ' +
        'Drop and recreate that database yourself, or unset DATABASE_URL to reset ./data.',
    );
  }
  const { dataDir } = config;
  if (!fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0) return true;
  // SHIAN_DATA_DIR may point anywhere; only a folder that PGlite wrote is ours to delete.
  if (!fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))) {
    throw new RefusedError(
      `${dataDir} does not look like a Shian data folder (it has no pg/PG_VERSION); remove it yourself if you mean to`,
    );
  }
  refuseIfDataDirLocked(dataDir);
  if (!options.yes) {
    if (!options.confirm) throw new RefusedError(`--reset removes ${dataDir}; add --yes to confirm when not running in a terminal`);
    if (!(await options.confirm(`Remove ${dataDir} and everything in it?`))) return false;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  return true;
}
