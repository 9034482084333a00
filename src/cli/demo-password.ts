import type { Config } from '../config.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES } from '../demo/seed.ts';
import type { Ctx } from '../kernel/context.ts';
import { accountsAcceptingPassword } from '../modules/accounts/service/admin.ts';
import { RefusedError } from './errors.ts';

/** In production, refuses before touching data what would bring in the demo's published password: the demo city, or `user add` with it. */
export function refuseDemoInProduction(config: Pick<Config, 'isProduction'>, request: { demo?: boolean; password?: string }): void {
  if (!config.isProduction) return;
  if (request.demo) {
    throw new RefusedError(
      `NODE_ENV=production: the demo city signs everyone in with a published password (${DEMO_PASSWORD}) and is not for production; ` +
        'run `npm start` on an empty database, or unset NODE_ENV to try the demo',
    );
  }
  if (request.password === DEMO_PASSWORD) {
    throw new RefusedError(
      'NODE_ENV=production: that is the demo password, published in the README; choose another (or omit --password for a generated one)',
    );
  }
}

/** In production, refuses to serve while anyone can sign in with the demo's published password. */
export async function refuseDemoPasswordInProduction(config: Pick<Config, 'isProduction'>, ctx: Ctx): Promise<void> {
  if (!config.isProduction) return;
  const usernames = await accountsAcceptingPassword(ctx, DEMO_USERNAMES, DEMO_PASSWORD);
  if (usernames.length === 0) return;
  throw new RefusedError(
    `NODE_ENV=production, and the demo accounts ${usernames.join(', ')} still sign in with the published demo password. ` +
      'A database seeded with the demo city is not for production: start on an empty one (SHIAN_DATA_DIR or DATABASE_URL), ' +
      'or keep it by changing those passwords or disabling the accounts while running without NODE_ENV=production.',
  );
}
