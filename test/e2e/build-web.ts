import path from 'node:path';
import { build } from 'vite';

/** Builds the web app from the current sources, so the journey never runs against a stale build. */
export default async function buildWeb() {
  // Vitest sets NODE_ENV=test, with which Vite would bundle React's development build (twice the bytes, other warnings).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.resolve(import.meta.dirname, '../../web/vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
