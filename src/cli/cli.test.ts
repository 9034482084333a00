import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/shian.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real command in a child process, on its own embedded data folder. */
async function shian(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, SHIAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the shian command', () => {
  it('names a bad setting and stops before touching data', async () => {
    const result = await shian(['migrate'], { PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT=eighty is not a whole number from 0 to 65535');
  });

  it('migrates, then adds a user with a generated password shown once', async () => {
    expect((await shian(['migrate'])).stdout).toContain('migrations applied on pglite');
    const added = await shian(['user', 'add', '--username', 'ops', '--role', 'admin', '--name', '运维']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/created admin ops/);
    expect(added.stdout).toMatch(/password: \S{16}/);
    const again = await shian(['user', 'add', '--username', 'ops', '--role', 'admin']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('username: already taken');
  });

  it('refuses to write to a data folder another process holds', async () => {
    const holder = await openPglite({ dataDir });
    try {
      const result = await shian(['seed', '--scale', '0.01']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`in use by process ${process.pid}`);
    } finally {
      await holder.close();
    }
  });

  it('explains its usage for an unknown command', async () => {
    const result = await shian(['frobnicate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown command frobnicate');
    expect(result.stderr).toContain('usage: shian');
  });
});
