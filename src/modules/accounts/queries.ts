import { and, asc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { accounts, sessions } from './tables.ts';

export type AccountRow = typeof accounts.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findAccountByUsername(db: Executor, username: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.username, username));
  return row;
}

export async function findAccountById(db: Executor, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export function listAccountRows(db: Executor): Promise<AccountRow[]> {
  return db.select().from(accounts).orderBy(asc(accounts.role), asc(accounts.username));
}

export async function insertAccount(tx: Tx, row: typeof accounts.$inferInsert): Promise<AccountRow> {
  const [inserted] = await tx.insert(accounts).values(row).returning();
  return inserted!;
}

export async function insertSession(tx: Tx, row: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [inserted] = await tx.insert(sessions).values(row).returning();
  return inserted!;
}

/** The live session behind a token hash, with its account: not revoked, not expired, account enabled. */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), eq(accounts.disabled, false)));
  return row;
}

export function listLiveSessions(db: Executor, accountId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(asc(sessions.createdAt));
}

export async function revokeSessionRow(tx: Tx, accountId: string, sessionId: string, at: Date): Promise<SessionRow | undefined> {
  const [row] = await tx
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, sessionId), eq(sessions.accountId, accountId), isNull(sessions.revokedAt)))
    .returning();
  return row;
}

export async function updateAccountRow(tx: Tx, id: string, patch: Partial<typeof accounts.$inferInsert>): Promise<AccountRow> {
  const [row] = await tx.update(accounts).set(patch).where(eq(accounts.id, id)).returning();
  return row!;
}

/** Ends every session of an account but the one given (the caller's own, after a password change). */
export async function revokeSessionsExcept(tx: Tx, accountId: string, keepSessionId: string | null, at: Date): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt), keepSessionId ? ne(sessions.id, keepSessionId) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}
