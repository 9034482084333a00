import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { openPglite } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import type { DemoCity } from '../../src/demo/city.ts';
import { seedCity, seedDemoAccounts } from '../../src/demo/seed.ts';
import { localDate } from '../../src/lib/dates.ts';
import { platform, systemCtx } from '../../src/modules/rooms.ts';
import { WEB_ROOT, buildApp } from '../../src/server/app.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const isChromiumInstalled = () => fs.existsSync(CHROMIUM_PATH);

/** A small seeded city served by the real app with the built web app, and a headless Chromium to visit it. */
export interface BrowserCity {
  app: FastifyInstance;
  baseUrl: string;
  city: DemoCity;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBrowserCity({ seed = 'e2e', scale = 0.05, webRoot = WEB_ROOT } = {}): Promise<BrowserCity> {
  const database = await openPglite();
  await migrateDatabase(database, platform.afterMigrate);
  const ctx = systemCtx({ db: database.db, name: 'demo', log: console, publicUrl: 'http://127.0.0.1' });
  const city = await seedCity(ctx, { seed, scale, asOf: localDate(new Date()) });
  await seedDemoAccounts(ctx, city);
  // Every measured visit signs in afresh; the sign-in limit is not what is measured here.
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn', LOGIN_ATTEMPTS: '1000' }), db: database.db, webRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    app,
    baseUrl,
    city,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}
