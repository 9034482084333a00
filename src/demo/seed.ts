import { auditPlatform } from '../kernel/audit.ts';
import type { Ctx } from '../kernel/context.ts';
import { withTx } from '../kernel/tx.ts';
import { AppError, reason } from '../kernel/errors.ts';
import { createAccount } from '../modules/accounts/service/admin.ts';
import type { Role } from '../kernel/actor.ts';
import { loadBatches, loadSubjectFiles } from '../modules/subjects/seed.ts';
import { countSubjects } from '../modules/subjects/service/read-subjects.ts';
import { type CityOptions, type DemoCity, generateCity } from './city.ts';

export interface SeedProgress {
  (done: number, total: number): void;
}

/** Writes a generated city in one transaction: all of it lands, or none. Refuses a database that already has subjects. */
export async function seedCity(ctx: Ctx, options: CityOptions, onProgress: SeedProgress = () => {}): Promise<DemoCity> {
  const existing = await countSubjects(ctx);
  if (existing > 0) {
    const message = reason(
      `the database already holds ${existing} subjects; seed into an empty one`,
      `数据库中已有 ${existing} 个主体档案，请在空数据库中生成演示数据`,
    );
    throw new AppError('validation_failed', message, [{ path: 'database', reason: reason('not empty', '数据库不为空') }]);
  }
  const city = generateCity(options);
  const total = loadBatches(city);
  let done = 0;
  await withTx(ctx, async (tx) => {
    await loadSubjectFiles(tx, ctx, city, () => onProgress(++done, total));
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
