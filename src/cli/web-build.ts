import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT } from '../server/app.ts';
import { isWebBuilt } from '../server/plugins/web.ts';

const WEB_DIR = path.resolve(WEB_ROOT, '..');

/** The newest modification time among the web app's sources, so a pulled change is never served stale. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources, so `start` always serves the current pages. */
export async function ensureWebBuilt(): Promise<void> {
  if (isWebBuilt(WEB_ROOT)) {
    const builtAt = fs.statSync(path.join(WEB_ROOT, 'index.html')).mtimeMs;
    const sources = Math.max(
      newestSource(path.join(WEB_DIR, 'src')),
      ...['index.html', 'vite.config.ts'].map((f) => fs.statSync(path.join(WEB_DIR, f)).mtimeMs),
    );
    if (sources <= builtAt) return;
  }
  console.log('  building the web app…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
