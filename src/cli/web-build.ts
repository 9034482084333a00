import path from 'node:path';
import { WEB_ROOT } from '../server/app.ts';
import { isWebBuilt } from '../server/plugins/web.ts';

/** Builds the web app when it has not been built yet, so a fresh clone serves pages on first start. */
export async function ensureWebBuilt(): Promise<void> {
  if (isWebBuilt(WEB_ROOT)) return;
  console.log('  building the web app (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve(WEB_ROOT, '../vite.config.ts'), logLevel: 'warn' });
}
