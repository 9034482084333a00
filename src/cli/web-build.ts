import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT } from '../server/app.ts';

/** Builds the web app when it has not been built yet, so a fresh clone serves pages on first start. */
export async function ensureWebBuilt(): Promise<void> {
  if (fs.existsSync(path.join(WEB_ROOT, 'index.html'))) return;
  console.log('  building the web app (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(WEB_ROOT, '../vite.config.ts'), logLevel: 'warn' });
}
