import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client.ts';
import { killShianProcesses, runShian, spawnShian } from '../../test/support/cli.ts';
import { prepareDataDir } from '../../test/support/database.ts';

// One data folder for the file, copied from the seeded template: the children open it instead of
// creating and migrating a database each (a fresh one costs 10–20 s on two busy cores). One child per
// test, killed before vitest's own timeout, so a slow one fails its own test and holds nothing after.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-cli-'));
const quiet = { SHIAN_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };

beforeAll(() => prepareDataDir(dataDir));
afterEach(killShianProcesses);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the shian command', () => {
  it('names a bad setting and stops before touching data', async () => {
    const untouched = path.join(dataDir, 'never-created');
    const result = await runShian(['migrate'], { ...quiet, SHIAN_DATA_DIR: untouched, PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT=eighty is not a whole number from 0 to 65535');
    expect(fs.existsSync(untouched)).toBe(false);
  });

  it('explains its usage for an unknown command', async () => {
    const result = await runShian(['frobnicate'], quiet);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown command frobnicate');
    expect(result.stderr).toContain('usage: shian');
  });

  it('migrates a data folder and says where it is', async () => {
    const result = await runShian(['migrate'], quiet);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`migrations applied on pglite (${dataDir})`);
  });

  it('adds a user with a generated password shown once', async () => {
    const added = await runShian(['user', 'add', '--username', 'ops', '--role', 'admin', '--name', '运维'], quiet);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/created admin ops/);
    expect(added.stdout).toMatch(/password: \S{16}/);
  });

  it('names the field at fault when the service refuses', async () => {
    const taken = await runShian(['user', 'add', '--username', 'admin', '--role', 'admin'], quiet);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('username: already taken');
  });

  it('refuses to write to, or reset, a data folder another process holds', async () => {
    const holder = await openPglite({ dataDir });
    try {
      const [write, reset] = await Promise.all([
        runShian(['user', 'add', '--username', 'late', '--role', 'admin'], quiet),
        runShian(['start', '--demo', '--reset', '--yes'], quiet),
      ]);
      for (const refused of [write, reset]) {
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(`in use by process ${process.pid}`);
      }
      expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    } finally {
      await holder.close();
    }
  });

  it('in production, will not serve while demo accounts sign in with the published password', async () => {
    const result = await runShian(['start'], { ...quiet, NODE_ENV: 'production', PORT: '0', SERVE_WEB: 'false' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('demo accounts admin, gz.regulator, th.regulator, th.inspector, market.operator, stall.merchant');
    expect(result.stdout).not.toContain('running');
  });

  it('writes JSON log lines when stdout is not a terminal, and the banner to stderr after listening', async () => {
    const server = spawnShian(['start'], { ...quiet, LOG_LEVEL: 'info', PORT: '0', SERVE_WEB: 'false' });
    await server.waitFor(({ stderr }) => stderr.includes('Ctrl-C stops it'));
    expect(server.stderr).toMatch(/Shian 食安 is running on pglite[\s\S]*Open http:\/\/127\.0\.0\.1:\d+/);
    process.kill(server.child.pid!, 'SIGTERM');
    const { code, stdout } = await server.exited;
    expect(code).toBe(0);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(records.map((r) => r.msg)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Server listening at/), 'shutting down: finishing open requests']),
    );
  });

  it('in a terminal format, prints readable lines with the banner last', async () => {
    const server = spawnShian(['start'], { ...quiet, LOG_LEVEL: 'info', LOG_FORMAT: 'pretty', PORT: '0', SERVE_WEB: 'false' });
    await server.waitFor(({ stdout }) => stdout.includes('Ctrl-C stops it'));
    const lines = server.stdout.split('\n');
    const listening = lines.findIndex((line) => /INFO.*Server listening at http:\/\/127\.0\.0\.1:\d+/.test(line));
    const banner = lines.findIndex((line) => line.includes('Shian 食安 is running'));
    expect(listening).toBeGreaterThanOrEqual(0);
    expect(banner).toBeGreaterThan(listening);
    expect(server.stdout).not.toContain('{"level"');
    process.kill(server.child.pid!, 'SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
