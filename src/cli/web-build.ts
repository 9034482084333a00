import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT } from '../server/app.ts';

const WEB_DIR = path.resolve(WEB_ROOT, '..');
const LOCK_FILE = path.resolve(WEB_DIR, '../package-lock.json');
/** Written into the build folder after a build: the digest of what it was built from. */
export const DIGEST_FILE = 'build-sources.sha256';

function filesUnder(dir: string, skip: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (full === skip) return [];
    return entry.isDirectory() ? filesUnder(full, skip) : [full];
  });
}

/**
 * A digest of everything a build depends on: each file of the web app (its path and content; the
 * build folder aside) and the locked dependency versions. Content, not modification times, so a
 * `git pull` or a branch switch that brings older times still counts as a change.
 */
export function webSourcesDigest(webDir: string, buildDir: string, lockFile: string): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(webDir, buildDir).sort(), lockFile]) {
    hash.update(path.relative(webDir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when the build is missing or was made from other sources or dependencies than today's. */
export function isWebBuildStale(webDir: string, buildDir: string, lockFile: string): boolean {
  const digestFile = path.join(buildDir, DIGEST_FILE);
  if (!fs.existsSync(path.join(buildDir, 'index.html')) || !fs.existsSync(digestFile)) return true;
  return fs.readFileSync(digestFile, 'utf8').trim() !== webSourcesDigest(webDir, buildDir, lockFile);
}

/** Builds the web app when it is missing or stale, so `start` always serves the current pages. */
export async function ensureWebBuilt(): Promise<void> {
  if (!isWebBuildStale(WEB_DIR, WEB_ROOT, LOCK_FILE)) return;
  // Taken before building: a source edited during the build makes the next start build again.
  const digest = webSourcesDigest(WEB_DIR, WEB_ROOT, LOCK_FILE);
  console.log('  building the web app…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(path.join(WEB_ROOT, DIGEST_FILE), `${digest}\n`);
}
