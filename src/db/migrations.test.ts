import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import drizzleConfig from '../../drizzle.config.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

describe('versioned migrations', () => {
  it('match the schema: generating again finds nothing to add', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-drift-'));
    try {
      fs.cpSync(path.join(root, 'src/db/migrations'), out, { recursive: true });
      const config = path.join(out, 'drizzle.config.json');
      // The project's own settings (every room's tables.ts), writing into a copy; drizzle-kit reads `out` relative to the working directory.
      fs.writeFileSync(config, JSON.stringify({ ...drizzleConfig, out: path.relative(root, out) }));
      const { stdout } = await run(path.join(root, 'node_modules/.bin/drizzle-kit'), ['generate', '--config', config], { cwd: root });
      expect(stdout).toContain('No schema changes');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
