import path from 'node:path';
import { build } from 'vite';

/** Builds the web app from the current sources, so the journey never runs against a stale build. */
export default async function buildWeb() {
  await build({ configFile: path.resolve(import.meta.dirname, '../../web/vite.config.ts'), logLevel: 'warn' });
}
