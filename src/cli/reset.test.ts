import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../db/client.ts';
import { RefusedError } from './errors.ts';
import { resetDataDir } from './reset.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A data folder as PGlite leaves it, with a lock file naming `holderPid` when given. */
function dataFolder(holderPid?: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-reset-'));
  folders.push(root);
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(path.join(dataDir, 'pg'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), '18\n');
  if (holderPid !== undefined) fs.writeFileSync(path.join(dataDir, 'shian.lock'), String(holderPid));
  return dataDir;
}

const embedded = (dataDir: string) => ({ dataDir, databaseUrl: null });

describe('start --reset', () => {
  it('with --yes, removes the data folder at once, a stale lock file of a dead process included', async () => {
    const dataDir = dataFolder(2 ** 22 + 1);
    expect(await resetDataDir(embedded(dataDir), { yes: true })).toBe(true);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('asks first in a terminal, and keeps everything unless the answer is yes', async () => {
    const dataDir = dataFolder();
    const questions: string[] = [];
    const answer = (yes: boolean) => async (question: string) => (questions.push(question), yes);
    expect(await resetDataDir(embedded(dataDir), { yes: false, confirm: answer(false) })).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    expect(await resetDataDir(embedded(dataDir), { yes: false, confirm: answer(true) })).toBe(true);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(questions[0]).toBe(`Remove ${dataDir} and everything in it?`);
  });

  it('without a terminal to ask on, needs --yes', async () => {
    const dataDir = dataFolder();
    await expect(resetDataDir(embedded(dataDir), { yes: false })).rejects.toThrow('add --yes to confirm');
    expect(fs.existsSync(dataDir)).toBe(true);
  });

  it('refuses while a running process holds the folder', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const dataDir = dataFolder(holder.pid);
      const refusal = resetDataDir(embedded(dataDir), { yes: true });
      await expect(refusal).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(refusal).rejects.toThrow(`in use by process ${holder.pid}`);
      expect(fs.existsSync(dataDir)).toBe(true);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('refuses with DATABASE_URL set, saying it will not drop a server database', async () => {
    const dataDir = dataFolder();
    const refusal = resetDataDir({ dataDir, databaseUrl: 'postgres://shian@db.example/shian' }, { yes: true });
    await expect(refusal).rejects.toBeInstanceOf(RefusedError);
    await expect(refusal).rejects.toThrow('it will not drop a database on a server');
    expect(fs.existsSync(dataDir)).toBe(true);
  });

  it('deletes only a folder PGlite wrote, whatever SHIAN_DATA_DIR points at', async () => {
    const dataDir = dataFolder();
    fs.rmSync(path.join(dataDir, 'pg'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'thesis.docx'), 'years of work');
    await expect(resetDataDir(embedded(dataDir), { yes: true })).rejects.toThrow('does not look like a Shian data folder');
    expect(fs.existsSync(path.join(dataDir, 'thesis.docx'))).toBe(true);
  });

  it('has nothing to do when there is no data folder yet', async () => {
    expect(await resetDataDir(embedded(path.join(os.tmpdir(), 'shian-reset-none', 'data')), { yes: false })).toBe(true);
  });
});
