import { count } from 'drizzle-orm';
import { buildApp } from '../server/app.ts';
import { subjects } from '../modules/subjects/tables.ts';
import { openRuntime } from './runtime.ts';
import { printDemoLogins, runSeed } from './seed.ts';
import { ensureWebBuilt } from './web-build.ts';

/** Serves API, web app and /docs on one port; with `demo`, first seeds the demo city into an empty database. */
export async function runStart(options: { demo: boolean; seed: string; scale: number }): Promise<void> {
  const { config, database, ctx } = await openRuntime('start');
  if (options.demo) {
    const [existing] = await database.db.select({ n: count() }).from(subjects);
    if (existing!.n === 0) await runSeed(ctx, { seed: options.seed, scale: options.scale });
    else console.log(`  the database already holds ${existing!.n} subjects; not seeding again`);
  }
  await ensureWebBuilt();
  const app = await buildApp({ config, db: database.db });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing open requests');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(`\n  Shian 食安 is running on ${database.engine} (${database.location})`);
  console.log(`  Open ${url}   API docs ${url}/docs`);
  if (options.demo) await printDemoLogins(ctx);
}
