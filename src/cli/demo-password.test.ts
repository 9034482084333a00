import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { DEMO_PASSWORD, DEMO_USERNAMES } from '../demo/seed.ts';
import { accounts } from '../modules/accounts/tables.ts';
import { cloneTemplateDatabase } from '../../test/support/database.ts';
import { accountsAcceptingPassword } from '../modules/accounts/service/admin.ts';
import { systemCtx } from '../../test/support/template.ts';
import { refuseDemoInProduction, refuseDemoPasswordInProduction } from './demo-password.ts';

const production = { isProduction: true };

let database: Database;
beforeAll(async () => (database = await cloneTemplateDatabase()));
afterAll(() => database.close());

describe('the demo password in production', () => {
  it('refuses the demo city and an account given the published password, before any data is touched', () => {
    expect(() => refuseDemoInProduction(production, { demo: true })).toThrow('the demo city signs everyone in with a published password');
    expect(() => refuseDemoInProduction(production, { password: DEMO_PASSWORD })).toThrow('that is the demo password');
    expect(() => refuseDemoInProduction(production, { password: 'a-long-and-private-one' })).not.toThrow();
    expect(() => refuseDemoInProduction({ isProduction: false }, { demo: true, password: DEMO_PASSWORD })).not.toThrow();
  });

  it('refuses to serve while an enabled demo account signs in with it; a disabled one is no way in', async () => {
    await expect(refuseDemoPasswordInProduction({ isProduction: false }, systemCtx(database))).resolves.toBeUndefined();
    await expect(refuseDemoPasswordInProduction(production, systemCtx(database))).rejects.toThrow('the demo accounts admin, gz.regulator');
    await database.db.update(accounts).set({ disabled: true }).where(eq(accounts.username, 'admin'));
    expect(await accountsAcceptingPassword(systemCtx(database), DEMO_USERNAMES, DEMO_PASSWORD)).toEqual([
      'gz.regulator',
      'th.regulator',
      'th.inspector',
      'market.operator',
      'stall.merchant',
    ]);
  });
});
