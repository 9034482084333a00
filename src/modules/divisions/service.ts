import { requireUser } from '../../kernel/authorize.ts';
import { reason, validationFailed } from '../../kernel/errors.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Ctx } from '../../kernel/context.ts';
import type { Division, DivisionList, DivisionQuery } from './contract.ts';
import { type DivisionRow, listDivisions } from './queries.ts';

export interface DivisionIndex {
  get(code: string): DivisionRow | undefined;
  nameOf(code: string): string;
  /** The divisions directly under `code`, or the provinces for null; ordered by code. */
  childrenOf(code: string | null): DivisionRow[];
}

const indexes = new WeakMap<Db, Promise<DivisionIndex>>();

async function buildIndex(db: Executor): Promise<DivisionIndex> {
  const rows = await listDivisions(db);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const byParent = new Map<string | null, DivisionRow[]>();
  for (const row of rows) {
    const siblings = byParent.get(row.parentCode);
    if (siblings) siblings.push(row);
    else byParent.set(row.parentCode, [row]);
  }
  return {
    get: (code) => byCode.get(code),
    nameOf: (code) => byCode.get(code)?.name ?? code,
    childrenOf: (code) => byParent.get(code) ?? [],
  };
}

/** The division list, loaded once per database: it changes only with a deployment. */
export function divisionIndex(db: Db): Promise<DivisionIndex> {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = buildIndex(db)));
  return index;
}

/** Each known code with every division above it, once each, ordered by code. */
function withAncestors(index: DivisionIndex, codes: string[]): DivisionRow[] {
  const found = new Map<string, DivisionRow>();
  for (const code of codes) {
    for (let row = index.get(code); row && !found.has(row.code); row = row.parentCode ? index.get(row.parentCode) : undefined) {
      found.set(row.code, row);
    }
  }
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const present = (index: DivisionIndex, row: DivisionRow): Division => ({
  code: row.code,
  name: row.name,
  level: row.level as Division['level'],
  parentCode: row.parentCode,
  hasChildren: index.childrenOf(row.code).length > 0,
});

/**
 * One level of the division tree (the provinces, or one division's children), or the paths down to given
 * codes; any signed-in user may read them.
 */
export async function getDivisions(ctx: Ctx, query: DivisionQuery): Promise<DivisionList> {
  requireUser(ctx.actor);
  if (query.parent !== undefined && query.codes !== undefined) {
    throw validationFailed([{ path: 'codes', reason: reason('give parent or codes, not both', 'parent 与 codes 只能给出其一') }]);
  }
  const index = await divisionIndex(ctx.db);
  const rows = query.codes !== undefined ? withAncestors(index, query.codes.split(',')) : index.childrenOf(query.parent ?? null);
  return { items: rows.map((row) => present(index, row)) };
}
