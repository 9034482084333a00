import type { Room } from '../../kernel/room.ts';
import { AccountRoomAbilities, SESSION_COOKIE } from './contract.ts';
import { accountRoutes } from './routes.ts';
import { getAccountAbilities } from './service/admin.ts';
import { accounts, sessions } from './tables.ts';

/** Accounts bound to a jurisdiction or a business, their sessions and API tokens. */
export const accountsRoom = {
  name: 'accounts',
  routes: async (app, { config, abilities }) => {
    await app.register(accountRoutes, {
      sessionCookie: SESSION_COOKIE,
      sessionTtlHours: config.sessionTtlHours,
      secureCookies: config.secureCookies,
      loginAttempts: config.loginAttemptsPerWindow,
      loginWindowMinutes: config.loginWindowMinutes,
      abilities,
    });
  },
  tables: [
    { table: accounts, class: 'reference' },
    { table: sessions, class: 'local' },
  ],
  abilities: { schema: AccountRoomAbilities, of: getAccountAbilities },
} as const satisfies Room;
