import { requireUser } from '../../kernel/authorize.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Ctx } from '../../kernel/context.ts';
import type { DivisionList } from './contract.ts';
import { type DivisionRow, listDivisions } from './queries.ts';

export interface DivisionIndex {
  get(code: string): DivisionRow | undefined;
  nameOf(code: string): string;
  all(): DivisionRow[];
}

const indexes = new WeakMap<Db, Promise<DivisionIndex>>();

async function buildIndex(db: Executor): Promise<DivisionIndex> {
  const rows = await listDivisions(db);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return {
    get: (code) => byCode.get(code),
    nameOf: (code) => byCode.get(code)?.name ?? code,
    all: () => rows,
  };
}

/** The division list, loaded once per database: it changes only with a deployment. */
export function divisionIndex(db: Db): Promise<DivisionIndex> {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = buildIndex(db)));
  return index;
}

/** Every division the platform knows; any signed-in user may read them. */
export async function getDivisions(ctx: Ctx): Promise<DivisionList> {
  requireUser(ctx.actor);
  const index = await divisionIndex(ctx.db);
  return {
    items: index.all().map((d) => ({ code: d.code, name: d.name, level: d.level as 1 | 2 | 3, parentCode: d.parentCode })),
  };
}
