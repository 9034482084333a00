import type { UserActor } from '../../../kernel/actor.ts';
import { auditPlatform } from '../../../kernel/audit.ts';
import { requireUser } from '../../../kernel/authorize.ts';
import type { Ctx } from '../../../kernel/context.ts';
import type { RoomAbilities } from '../../../kernel/room.ts';
import { AppError, notFound, reason, validationFailed } from '../../../kernel/errors.ts';
import { withTx } from '../../../kernel/tx.ts';
import { isUuid } from '../../../lib/ids.ts';
import type { LoginInput, Me, PasswordChange, SessionList, TokenCreate, TokenCreated } from '../contract.ts';
import type { LoginThrottle } from '../login-throttle.ts';
import { accountMessages } from '../messages.ts';
import { decoyHash, hashPassword, verifyPassword } from '../password.ts';
import { presentSession } from '../present.ts';
import {
  findAccountById,
  findAccountByUsername,
  findLiveSession,
  insertSession,
  listLiveSessions,
  revokeSessionsExcept,
  updateAccountRow,
  revokeSessionRow,
} from '../queries.ts';
import { hashToken, newSessionToken } from '../session-token.ts';
import { presentAccounts, actorFrom } from './common.ts';

/** The signed-in actor behind a session cookie or API token, or null when it is unknown, expired or revoked. */
export async function resolveActor(ctx: Ctx, token: string): Promise<UserActor | null> {
  const found = await findLiveSession(ctx.db, hashToken(token), ctx.clock.now());
  return found ? actorFrom(found.account, found.session.id) : null;
}

/** Opens a web session or API token for an account, audited; the secret leaves only in the answer. */
async function openSession(
  ctx: Ctx,
  accountId: string,
  options: { kind: 'web' | 'token'; name: string | null; userAgent: string | null; lifetimeMs: number },
) {
  const token = newSessionToken(options.kind);
  const now = ctx.clock.now();
  const session = await withTx(ctx, async (tx) => {
    const row = await insertSession(tx, {
      accountId,
      tokenHash: hashToken(token),
      kind: options.kind,
      name: options.name,
      ip: ctx.ip,
      userAgent: options.userAgent,
      createdAt: now,
      expiresAt: new Date(now.getTime() + options.lifetimeMs),
    });
    await auditPlatform(tx, ctx, {
      entity: 'session',
      entityId: row.id,
      action: options.kind === 'web' ? 'session.login' : 'token.create',
      before: null,
      after: { accountId, kind: row.kind, name: row.name, expiresAt: row.expiresAt },
    });
    return row;
  });
  return { token, session };
}

/**
 * Checks a password and opens a web session; every checked attempt, good or bad, is audited. While the
 * username or the address is locked by failures, the password is not even checked (429).
 */
export async function login(
  ctx: Ctx,
  input: LoginInput,
  options: { ttlHours: number; userAgent: string | null; throttle: LoginThrottle; abilities: RoomAbilities },
) {
  const username = input.username.trim().toLowerCase();
  options.throttle.refuseIfLocked(username, ctx.ip, ctx.clock.now());
  const account = await findAccountByUsername(ctx.db, username);
  const isValid = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash));
  if (!account || !isValid || account.disabled) {
    options.throttle.recordFailure(username, ctx.ip, ctx.clock.now());
    await withTx(ctx, (tx) =>
      auditPlatform(tx, ctx, {
        entity: 'account',
        entityId: account?.id ?? null,
        action: 'session.login_failed',
        before: null,
        after: { username: input.username },
      }),
    );
    throw new AppError('invalid_credentials', accountMessages.invalidCredentials);
  }
  options.throttle.recordSuccess(username);
  const { token, session } = await openSession(ctx, account.id, {
    kind: 'web',
    name: null,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    lifetimeMs: options.ttlHours * 3600_000,
  });
  const me = await getMe({ ...ctx, actor: actorFrom(account, session.id) }, options.abilities);
  return { token, expiresAt: session.expiresAt, me };
}

/** The signed-in account and what it may start doing in every room. */
export async function getMe(ctx: Ctx, abilities: RoomAbilities): Promise<Me> {
  const actor = requireUser(ctx.actor);
  const account = await findAccountById(ctx.db, actor.id);
  if (!account) throw notFound(accountMessages.account);
  const [view] = await presentAccounts(ctx, [account]);
  return {
    account: view!,
    abilities: await abilities.of(ctx),
  };
}

/** The caller's open sessions and API tokens. */
export async function listSessions(ctx: Ctx): Promise<SessionList> {
  const actor = requireUser(ctx.actor);
  const rows = await listLiveSessions(ctx.db, actor.id, ctx.clock.now());
  return { items: rows.map((row) => presentSession(row, actor.sessionId)) };
}

/** Ends one of the caller's sessions or tokens at once; signing out is revoking the current one. */
export async function revokeSession(ctx: Ctx, sessionId: string): Promise<void> {
  const actor = requireUser(ctx.actor);
  await withTx(ctx, async (tx) => {
    const row = isUuid(sessionId) ? await revokeSessionRow(tx, actor.id, sessionId, ctx.clock.now()) : undefined;
    if (!row) throw notFound(accountMessages.session);
    await auditPlatform(tx, ctx, {
      entity: 'session',
      entityId: row.id,
      action: 'session.revoke',
      before: { revokedAt: null },
      after: { revokedAt: row.revokedAt },
    });
  });
}

/** Creates a bearer token for a system or device acting as the caller; the secret is returned once. */
export async function createToken(ctx: Ctx, input: TokenCreate): Promise<TokenCreated> {
  const actor = requireUser(ctx.actor);
  const { token, session } = await openSession(ctx, actor.id, {
    kind: 'token',
    name: input.name.trim(),
    userAgent: null,
    lifetimeMs: input.expiresInDays * 86_400_000,
  });
  return { token, session: presentSession(session, actor.sessionId) };
}

/** Changes the caller's own password after checking the current one; every other session of theirs ends. */
export async function changePassword(ctx: Ctx, input: PasswordChange): Promise<void> {
  const actor = requireUser(ctx.actor);
  const account = await findAccountById(ctx.db, actor.id);
  if (!account) throw notFound(accountMessages.account);
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    throw validationFailed([{ path: 'currentPassword', reason: reason('this is not your current password', '当前密码不正确') }]);
  }
  if (input.newPassword === input.currentPassword)
    throw validationFailed([
      { path: 'newPassword', reason: reason('choose a password you have not used here', '新密码不能与当前密码相同') },
    ]);
  const passwordHash = await hashPassword(input.newPassword);
  await withTx(ctx, async (tx) => {
    await updateAccountRow(tx, account.id, { passwordHash });
    const revoked = await revokeSessionsExcept(tx, account.id, actor.sessionId, ctx.clock.now());
    await auditPlatform(tx, ctx, {
      entity: 'account',
      entityId: account.id,
      action: 'account.password_change',
      before: null,
      after: { otherSessionsRevoked: revoked },
    });
  });
}
