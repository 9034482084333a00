import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../../test/support/database.ts';
import { systemCtx } from '../../test/support/template.ts';
import type { Database, Tx } from '../db/client.ts';
import { auditPlatform, diffSnapshots } from './audit.ts';
import { platformAudit } from './audit-tables.ts';
import { withTx } from './tx.ts';

let database: Database;
beforeAll(async () => {
  database = await cloneTemplateDatabase();
});
afterAll(() => database.close());

describe('the audit trail', () => {
  it('records only what changed, never secrets', () => {
    expect(diffSnapshots({ name: 'a', passwordHash: 'x', tags: [1] }, { name: 'b', passwordHash: 'y', tags: [1] })).toEqual([
      { field: 'name', before: 'a', after: 'b' },
    ]);
    expect(diffSnapshots(null, { name: 'a' })).toEqual([{ field: 'name', before: null, after: 'a' }]);
  });

  it('refuses to write outside the write’s transaction', async () => {
    const ctx = systemCtx(database);
    await expect(
      auditPlatform(database.db as unknown as Tx, ctx, { entity: 'x', entityId: null, action: 'x', before: null, after: null }),
    ).rejects.toThrow(/inside the write’s transaction/);
  });

  it('rolls back with the write it belongs to', async () => {
    const ctx = systemCtx(database);
    const before = (await database.db.select().from(platformAudit)).length;
    await expect(
      withTx(ctx, async (tx) => {
        await auditPlatform(tx, ctx, { entity: 'probe', entityId: null, action: 'probe.write', before: null, after: { n: 1 } });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect((await database.db.select().from(platformAudit)).length).toBe(before);
  });
});
