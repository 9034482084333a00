import cliProgress from 'cli-progress';
import type { Ctx } from '../kernel/context.ts';
import { localDate } from '../lib/dates.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES, seedCity, seedDemoAccounts } from '../demo/seed.ts';
import { listAccounts } from '../modules/accounts/service/admin.ts';

export interface SeedArgs {
  seed: string;
  scale: number;
  asOf?: string;
}

/** Seeds the demo city with a progress bar and its demo accounts; returns the logins to print. */
export async function runSeed(ctx: Ctx, args: SeedArgs): Promise<void> {
  const bar = new cliProgress.SingleBar(
    { format: '  seeding the demo city [{bar}] {percentage}% | {value}/{total} batches', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let begun = false;
  const city = await seedCity(ctx, { seed: args.seed, scale: args.scale, asOf: args.asOf ?? localDate(ctx.clock.now()) }, (done, total) => {
    if (!begun) bar.start(total, 0);
    begun = true;
    bar.update(done);
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${city.subjects.length} subjects and ${city.licences.length} licences in ${seconds.toFixed(1)} s (${Math.round(city.subjects.length / seconds)} subjects/s)`,
  );
  await seedDemoAccounts(ctx, city);
}

/** The demo accounts that exist, with what each one is bound to, as lines to print (none without demo accounts). */
export async function demoLoginLines(ctx: Ctx): Promise<string[]> {
  const { items } = await listAccounts(ctx);
  const demo = DEMO_USERNAMES.flatMap((username) => items.filter((a) => a.username === username));
  if (demo.length === 0) return [];
  return [
    `\n  Demo logins (password for all: ${DEMO_PASSWORD}, published: for demos only)`,
    ...demo.map((a) => {
      const scope = a.subjectName ?? (a.divisionName ? `${a.divisionName} (${a.divisionCode})` : 'everything');
      return `    ${a.username.padEnd(16)} ${a.role.padEnd(16)} ${scope}`;
    }),
  ];
}

/** Prints those lines (the `seed` command). */
export async function printDemoLogins(ctx: Ctx): Promise<void> {
  for (const line of await demoLoginLines(ctx)) console.log(line);
}
