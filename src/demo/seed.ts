import { count } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { auditPlatform } from '../kernel/audit.ts';
import { subjectAudit } from '../kernel/audit-tables.ts';
import type { Ctx } from '../kernel/context.ts';
import { withTx } from '../kernel/tx.ts';
import { AppError, reason } from '../kernel/errors.ts';
import { createAccount } from '../modules/accounts/service/admin.ts';
import type { Role } from '../kernel/actor.ts';
import { subjectFileCounters, subjectLicences, subjects } from '../modules/subjects/tables.ts';
import { type CityOptions, type DemoCity, generateCity } from './city.ts';

const BATCH = 1000;

export interface SeedProgress {
  (done: number, total: number): void;
}

async function insertInBatches<T>(tx: Tx, rows: T[], write: (batch: T[]) => Promise<unknown>, progress: () => void) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await write(rows.slice(i, i + BATCH));
    progress();
  }
}

/** Writes a generated city in one transaction: all of it lands, or none. Refuses a database that already has subjects. */
export async function seedCity(ctx: Ctx, options: CityOptions, onProgress: SeedProgress = () => {}): Promise<DemoCity> {
  const [existing] = await ctx.db.select({ n: count() }).from(subjects);
  if (existing!.n > 0) {
    throw new AppError('validation_failed', `the database already holds ${existing!.n} subjects; seed into an empty one`, [
      { path: 'database', reason: reason('not empty', '数据库不为空') },
    ]);
  }
  const city = generateCity(options);
  const now = ctx.clock.now();
  const total = Math.ceil(city.subjects.length / BATCH) * 2 + Math.ceil(city.licences.length / BATCH);
  let done = 0;
  const tick = () => onProgress(++done, total);

  await withTx(ctx, async (tx) => {
    await insertInBatches(
      tx,
      city.subjects,
      (batch) => tx.insert(subjects).values(batch.map((s) => ({ ...s, createdAt: now, updatedAt: now }))),
      tick,
    );
    await insertInBatches(
      tx,
      city.licences,
      (batch) => tx.insert(subjectLicences).values(batch.map((l) => ({ ...l, createdAt: now, updatedAt: now }))),
      tick,
    );
    // Each file's history starts with its creation by the seed, like any other subject's.
    await insertInBatches(
      tx,
      city.subjects,
      (batch) =>
        tx.insert(subjectAudit).values(
          batch.map((s) => ({
            subjectId: s.id,
            divisionCode: s.divisionCode,
            entity: 'subject',
            entityId: s.id,
            action: 'subject.create',
            at: now,
            actorId: null,
            actorName: ctx.actor.type === 'system' ? ctx.actor.name : 'seed',
            actorRole: 'system',
            requestId: ctx.requestId,
            ip: null,
            changes: [
              { field: 'fileNo', before: null, after: s.fileNo },
              { field: 'name', before: null, after: s.name },
            ],
          })),
        ),
      tick,
    );
    await tx.insert(subjectFileCounters).values(city.fileSerials);
    await auditPlatform(tx, ctx, {
      entity: 'demo_city',
      entityId: null,
      action: 'demo.seed',
      before: null,
      after: { ...options, subjects: city.subjects.length, licences: city.licences.length },
    });
  });
  return city;
}

export const DEMO_PASSWORD = 'shian-demo-2026';

/** The demo accounts' usernames, one per role. */
export const DEMO_USERNAMES = ['admin', 'gz.regulator', 'th.regulator', 'th.inspector', 'market.operator', 'stall.merchant'];

/** One account per role, bound to places in the city: Tianhe district, its first market and one of its stalls. */
export async function seedDemoAccounts(ctx: Ctx, city: DemoCity): Promise<void> {
  const market =
    city.subjects.find((s) => s.kind === 'market' && s.divisionCode === '440106') ?? city.subjects.find((s) => s.kind === 'market')!;
  const stall = city.subjects.find((s) => s.marketId === market.id)!;
  const logins: Array<{ username: string; role: Role; displayName: string; divisionCode?: string; subjectId?: string }> = [
    { username: 'admin', role: 'admin', displayName: '平台管理员' },
    { username: 'gz.regulator', role: 'regulator', displayName: '广州市市场监管局', divisionCode: '440100' },
    { username: 'th.regulator', role: 'regulator', displayName: '天河区市场监管局', divisionCode: '440106' },
    { username: 'th.inspector', role: 'inspector', displayName: '天河区执法人员', divisionCode: '440106' },
    { username: 'market.operator', role: 'market_operator', displayName: `${market.name}管理处`, subjectId: market.id },
    { username: 'stall.merchant', role: 'merchant', displayName: stall.legalRepresentative, subjectId: stall.id },
  ];
  for (const login of logins) {
    await createAccount(ctx, {
      username: login.username,
      displayName: login.displayName,
      password: DEMO_PASSWORD,
      role: login.role,
      ...(login.divisionCode ? { divisionCode: login.divisionCode } : {}),
      ...(login.subjectId ? { subjectId: login.subjectId } : {}),
    });
  }
}
