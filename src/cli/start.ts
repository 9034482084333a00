import { Console } from 'node:console';
import { type Config, isWildcardHost, urlHost } from '../config.ts';
import { WEB_ROOT, buildApp } from '../server/app.ts';
import { countSubjects } from '../modules/subjects/service/read-subjects.ts';
import { refuseDemoInProduction, refuseDemoPasswordInProduction } from './demo-password.ts';
import { askOnTerminal, resetDataDir } from './reset.ts';
import { createOutboxWorker } from '../jobs/outbox-worker.ts';
import { systemActor } from '../kernel/actor.ts';
import { platform } from '../modules/rooms.ts';
import { openRuntime } from './runtime.ts';
import { demoLoginLines, runSeed } from './seed.ts';
import { ensureWebBuilt } from './web-build.ts';

export interface StartOptions {
  demo: boolean;
  seed: string;
  scale: number;
  /** Remove the embedded data folder first (asking, unless `yes`). */
  reset: boolean;
  yes: boolean;
}

/** Serves API, web app and /docs on one port; with `demo`, first seeds the demo city into an empty database. */
export async function runStart(config: Config, options: StartOptions): Promise<void> {
  refuseDemoInProduction(config, { demo: options.demo });
  if (options.reset) {
    const confirm = process.stdin.isTTY ? askOnTerminal : undefined;
    if (!(await resetDataDir(config, { yes: options.yes, confirm }))) {
      console.log('  nothing removed; not starting');
      return;
    }
  }
  // With JSON logs on stdout (`npm run demo > file`), the lines meant for a person go to stderr.
  if (config.logFormat === 'json') globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

  const { database, ctx } = await openRuntime('start');
  // The outbox worker delivers effects on other businesses; every write through the app wakes it.
  const worker = createOutboxWorker({ ...ctx, actor: systemActor('worker') }, platform.receivers);
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    if (options.demo) {
      const existing = await countSubjects(ctx);
      if (existing === 0) await runSeed(ctx, { seed: options.seed, scale: options.scale });
      else console.log(`  the database already holds ${existing} subjects; not seeding again`);
    }
    await refuseDemoPasswordInProduction(config, ctx);
    if (config.serveWeb) await ensureWebBuilt();
    app = await buildApp({
      config,
      db: database.db,
      webRoot: config.serveWeb ? WEB_ROOT : null,
      txHooks: [...platform.txHooks, worker.hook],
    });
  } catch (error) {
    // Nothing is served: let go of the data folder before saying why.
    await database.close();
    throw error;
  }
  worker.start();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing open requests');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await worker.stop();
    await database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const logins = options.demo ? await demoLoginLines(ctx) : [];
  await app.listen({ port: config.port, host: config.host });
  // The banner comes last, after Fastify's "Server listening" lines, so it is what stays on screen.
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${isWildcardHost(config.host) ? 'localhost' : urlHost(config.host)}:${port}`;
  console.log(`\n  Shian 食安 is running on ${database.engine} (${database.location})`);
  console.log(`  Open ${url}   API docs ${url}/docs`);
  if (config.lanAddress)
    console.log(`  From a phone on this network: http://${config.lanAddress}:${port}   (QR codes open ${config.publicUrl})`);
  for (const line of logins) console.log(line);
  console.log('  Ctrl-C stops it.');
}
