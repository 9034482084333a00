import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { RefusedError, UsageError } from './cli/errors.ts';

const USAGE = `usage: shian <command> [options]

  start [--demo] [--seed S] [--scale N] [--reset [--yes]]
                                          serve the API, web app and /docs (--demo: seed the demo city if empty;
                                          --reset: first remove the data folder, asking unless --yes)
  migrate                                 apply pending database migrations
  seed [--seed S] [--scale N] [--as-of YYYY-MM-DD]
                                          seed the demo city (Guangzhou-sized at scale 1) and its demo accounts
  user add --username U --role R [--name N] [--password P] [--division CODE] [--subject ID]
                                          create an account (roles: admin, regulator, inspector, market_operator, merchant)

Settings come from the environment: PORT, HOST, PUBLIC_URL, SHIAN_DATA_DIR, DATABASE_URL, LOG_LEVEL, LOG_FORMAT,
SERVE_WEB, SESSION_TTL_HOURS, SECURE_COOKIES, LOGIN_ATTEMPTS, LOGIN_WINDOW_MINUTES, TRUST_PROXY, NODE_ENV.`;

function scaleOf(raw: string | undefined): number {
  const scale = Number(raw ?? 1);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new UsageError('--scale must be a number above 0 and at most 100');
  return scale;
}

const COMMANDS = ['start', 'migrate', 'seed', 'user'];

// Settings are checked before any command's modules (database, server, rooms) load, and only the running
// command's load, so help and mistakes answer at once.
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      seed: { type: 'string', default: 'guangzhou' },
      scale: { type: 'string' },
      'as-of': { type: 'string' },
      username: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      division: { type: 'string' },
      subject: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command ${command}`);
  if (values.reset && command !== 'start') throw new UsageError('--reset goes with start: npm run demo -- --reset');
  const config = loadConfig();
  switch (command) {
    case 'start': {
      const { runStart } = await import('./cli/start.ts');
      return runStart(config, { demo: values.demo, seed: values.seed, scale: scaleOf(values.scale), reset: values.reset, yes: values.yes });
    }
    case 'migrate': {
      const { openRuntime } = await import('./cli/runtime.ts');
      const { database } = await openRuntime('migrate');
      console.log(`migrations applied on ${database.engine} (${database.location})`);
      return database.close();
    }
    case 'seed': {
      const { refuseDemoInProduction } = await import('./cli/demo-password.ts');
      refuseDemoInProduction(config, { demo: true });
      const [{ openRuntime }, { printDemoLogins, runSeed }] = await Promise.all([import('./cli/runtime.ts'), import('./cli/seed.ts')]);
      const { database, ctx } = await openRuntime('seed');
      try {
        await runSeed(ctx, { seed: values.seed, scale: scaleOf(values.scale), asOf: values['as-of'] });
        await printDemoLogins(ctx);
      } finally {
        await database.close();
      }
      return;
    }
    case 'user': {
      if (sub !== 'add') throw new UsageError('the user command is: user add --username U --role R …');
      const { refuseDemoInProduction } = await import('./cli/demo-password.ts');
      refuseDemoInProduction(config, { password: values.password });
      const [{ openRuntime }, { runUserAdd }] = await Promise.all([import('./cli/runtime.ts'), import('./cli/user-add.ts')]);
      const { database, ctx } = await openRuntime('user-add');
      try {
        await runUserAdd(ctx, values);
      } finally {
        await database.close();
      }
      return;
    }
  }
}

/** What a failure shows: the message alone for the ones that name their fix, the whole error otherwise. */
async function describe(error: unknown): Promise<unknown> {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) return `${(error as Error).message}\n\n${USAGE}`;
  if (error instanceof ConfigError || error instanceof RefusedError) return error.message;
  if (code === 'EADDRINUSE') return `${(error as Error).message}: another program uses this port; choose another with PORT=…`;
  // Loaded already by the command that threw, so these imports cost nothing.
  const [{ DataDirLockedError }, { AppError }] = await Promise.all([import('./db/client.ts'), import('./kernel/errors.ts')]);
  if (error instanceof DataDirLockedError) return error.message;
  if (error instanceof AppError) return `${error.reason.en}${error.fields.map((f) => `\n  ${f.path}: ${f.reason.en}`).join('')}`;
  return error;
}

main(process.argv.slice(2)).catch(async (error: unknown) => {
  process.exitCode = 1;
  console.error(await describe(error));
});
