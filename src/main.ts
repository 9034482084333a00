import { parseArgs } from 'node:util';
import { ConfigError } from './config.ts';
import { DataDirLockedError } from './db/client.ts';
import { AppError } from './kernel/errors.ts';
import { openRuntime } from './cli/runtime.ts';
import { printDemoLogins, runSeed } from './cli/seed.ts';
import { runStart } from './cli/start.ts';
import { UsageError, runUserAdd } from './cli/user-add.ts';

const USAGE = `usage: shian <command> [options]

  start [--demo] [--seed S] [--scale N]   serve the API, web app and /docs (--demo: seed the demo city if empty)
  migrate                                 apply pending database migrations
  seed [--seed S] [--scale N] [--as-of YYYY-MM-DD]
                                          seed the demo city (Guangzhou-sized at scale 1) and its demo accounts
  user add --username U --role R [--name N] [--password P] [--division CODE] [--subject ID]
                                          create an account (roles: admin, regulator, inspector, market_operator, merchant)

Settings come from the environment: PORT, HOST, PUBLIC_URL, SHIAN_DATA_DIR, DATABASE_URL, LOG_LEVEL,
SESSION_TTL_HOURS, SECURE_COOKIES, LOGIN_ATTEMPTS, LOGIN_WINDOW_MINUTES, TRUST_PROXY.`;

function scaleOf(raw: string | undefined): number {
  const scale = Number(raw ?? 1);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new UsageError('--scale must be a number above 0 and at most 100');
  return scale;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
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
  switch (command) {
    case 'start':
      return runStart({ demo: values.demo, seed: values.seed, scale: scaleOf(values.scale) });
    case 'migrate': {
      const { database } = await openRuntime('migrate');
      console.log(`migrations applied on ${database.engine} (${database.location})`);
      return database.close();
    }
    case 'seed': {
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
      const { database, ctx } = await openRuntime('user-add');
      try {
        await runUserAdd(ctx, values);
      } finally {
        await database.close();
      }
      return;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`${(error as Error).message}: another program uses this port; choose another with PORT=…`);
  } else if (error instanceof AppError) {
    console.error(`${error.message}${error.fields.map((f) => `\n  ${f.path}: ${f.reason.en}`).join('')}`);
  } else console.error(error);
  process.exitCode = 1;
});
