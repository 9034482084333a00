import type { UserActor } from '../../../kernel/actor.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { divisionIndex } from '../../divisions/service.ts';
import { namesOfSubjects } from '../../subjects/read.ts';
import type { Account } from '../contract.ts';
import { presentAccount } from '../present.ts';
import { type AccountRow } from '../queries.ts';

export async function presentAccounts(ctx: Ctx, rows: AccountRow[]): Promise<Account[]> {
  const [divisions, names] = await Promise.all([
    divisionIndex(ctx.db),
    namesOfSubjects(
      ctx.db,
      rows.flatMap((r) => (r.subjectId ? [r.subjectId] : [])),
    ),
  ]);
  return rows.map((row) => presentAccount(row, divisions, names));
}

export function actorFrom(account: AccountRow, sessionId: string): UserActor {
  return {
    type: 'user',
    id: account.id,
    name: account.displayName,
    role: account.role as UserActor['role'],
    divisionCode: account.divisionCode,
    subjectId: account.subjectId,
    sessionId,
  };
}
