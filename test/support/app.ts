import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { type AppDeps, buildApp } from '../../src/server/app.ts';
import { cloneTemplateDatabase } from './database.ts';
import { TEST_NOW, TEST_PUBLIC_URL } from './template.ts';

export type DemoUser = 'admin' | 'gz.regulator' | 'th.regulator' | 'th.inspector' | 'market.operator' | 'stall.merchant';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Signs in as a demo account and returns the headers that carry its session (answers in English, as the tests read them). */
  loginAs(user: DemoUser): Promise<{ cookie: string; 'accept-language': string }>;
  close(): Promise<void>;
}

/**
 * The real app on a private copy of the seeded test city, with the clock fixed on the city's day;
 * `txHooks` replace the rooms' own write hooks, as in `buildApp`.
 */
export async function buildTestApp(env: Record<string, string> = {}, deps: Pick<AppDeps, 'txHooks'> = {}): Promise<TestApp> {
  const database = await cloneTemplateDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: TEST_PUBLIC_URL, ...env });
  const app = await buildApp({ config, db: database.db, clock: fixedClock(TEST_NOW), webRoot: null, ...deps });
  const sessions = new Map<DemoUser, { cookie: string; 'accept-language': string }>();
  return {
    app,
    database,
    async loginAs(user) {
      const known = sessions.get(user);
      if (known) return known;
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user, password: DEMO_PASSWORD } });
      if (response.statusCode !== 200) throw new Error(`login as ${user} failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'shian_session')!;
      const headers = { cookie: `${cookie.name}=${cookie.value}`, 'accept-language': 'en' };
      sessions.set(user, headers);
      return headers;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
