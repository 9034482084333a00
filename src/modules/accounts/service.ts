import type { Role, UserActor } from '../../kernel/actor.ts';
import { auditPlatform } from '../../kernel/audit.ts';
import { authorize, requireUser } from '../../kernel/authorize.ts';
import type { Ctx } from '../../kernel/context.ts';
import { AppError, FieldErrors, forbidden, notFound, reason, validationFailed } from '../../kernel/errors.ts';
import { withTx } from '../../kernel/tx.ts';
import { isUuid } from '../../lib/ids.ts';
import { divisionIndex } from '../divisions/service.ts';
import { creatableSubjectKinds } from '../subjects/service/read-subjects.ts';
import { findSubjectById, subjectNames } from '../subjects/queries.ts';
import type {
  Account,
  AccountCreate,
  AccountList,
  AccountUpdate,
  LoginInput,
  Me,
  PasswordChange,
  SessionList,
  TokenCreate,
  TokenCreated,
} from './contract.ts';
import { decoyHash, hashPassword, verifyPassword } from './password.ts';
import { accountPolicy } from './policy.ts';
import { presentAccount, presentSession } from './present.ts';
import {
  type AccountRow,
  findAccountById,
  findAccountByUsername,
  findLiveSession,
  insertAccount,
  insertSession,
  listAccountRows,
  listLiveSessions,
  revokeSessionsExcept,
  updateAccountRow,
  revokeSessionRow,
} from './queries.ts';
import { hashToken, newSessionToken } from './session-token.ts';

async function presentAccounts(ctx: Ctx, rows: AccountRow[]): Promise<Account[]> {
  const [divisions, names] = await Promise.all([
    divisionIndex(ctx.db),
    subjectNames(
      ctx.db,
      rows.flatMap((r) => (r.subjectId ? [r.subjectId] : [])),
    ),
  ]);
  return rows.map((row) => presentAccount(row, divisions, names));
}

function actorFrom(account: AccountRow, sessionId: string): UserActor {
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

/** Checks a password and opens a web session; every attempt, good or bad, is audited. */
export async function login(ctx: Ctx, input: LoginInput, options: { ttlHours: number; userAgent: string | null }) {
  const account = await findAccountByUsername(ctx.db, input.username.trim().toLowerCase());
  const isValid = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash));
  if (!account || !isValid || account.disabled) {
    await withTx(ctx, (tx) =>
      auditPlatform(tx, ctx, {
        entity: 'account',
        entityId: account?.id ?? null,
        action: 'session.login_failed',
        before: null,
        after: { username: input.username },
      }),
    );
    throw new AppError('invalid_credentials', 'wrong username or password');
  }
  const { token, session } = await openSession(ctx, account.id, {
    kind: 'web',
    name: null,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    lifetimeMs: options.ttlHours * 3600_000,
  });
  const me = await getMe({ ...ctx, actor: actorFrom(account, session.id) });
  return { token, expiresAt: session.expiresAt, me };
}

/** The signed-in account and what it may start doing. */
export async function getMe(ctx: Ctx): Promise<Me> {
  const actor = requireUser(ctx.actor);
  if (!actor) throw forbidden('use this as the system');
  const account = await findAccountById(ctx.db, actor.id);
  if (!account) throw notFound('account');
  const [view] = await presentAccounts(ctx, [account]);
  return {
    account: view!,
    abilities: { createSubjectKinds: creatableSubjectKinds(ctx), manageAccounts: accountPolicy.manage(actor, account) },
  };
}

/** The caller's open sessions and API tokens. */
export async function listSessions(ctx: Ctx): Promise<SessionList> {
  const actor = requireUser(ctx.actor);
  if (!actor) throw forbidden('list sessions as the system');
  const rows = await listLiveSessions(ctx.db, actor.id, ctx.clock.now());
  return { items: rows.map((row) => presentSession(row, actor.sessionId)) };
}

/** Ends one of the caller's sessions or tokens at once; signing out is revoking the current one. */
export async function revokeSession(ctx: Ctx, sessionId: string): Promise<void> {
  const actor = requireUser(ctx.actor);
  if (!actor) throw forbidden('revoke sessions as the system');
  await withTx(ctx, async (tx) => {
    const row = isUuid(sessionId) ? await revokeSessionRow(tx, actor.id, sessionId, ctx.clock.now()) : undefined;
    if (!row) throw notFound('session');
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
  if (!actor) throw forbidden('create tokens as the system');
  const { token, session } = await openSession(ctx, actor.id, {
    kind: 'token',
    name: input.name.trim(),
    userAgent: null,
    lifetimeMs: input.expiresInDays * 86_400_000,
  });
  return { token, session: presentSession(session, actor.sessionId) };
}

/** Every account; admins only. */
export async function listAccounts(ctx: Ctx): Promise<AccountList> {
  const actor = requireUser(ctx.actor);
  if (actor && !accountPolicy.manage(actor, { id: '' })) throw forbidden('list accounts');
  return { items: await presentAccounts(ctx, await listAccountRows(ctx.db)) };
}

const ROLE_NAMES_ZH: Record<Role, string> = {
  admin: '管理员',
  regulator: '监管人员',
  inspector: '执法人员',
  market_operator: '市场开办方',
  merchant: '经营户',
};

/** Checks that a role carries the binding it needs: a division for regulators and inspectors, a subject for operators and merchants. */
async function checkBinding(ctx: Ctx, input: AccountCreate, errors: FieldErrors): Promise<void> {
  const role = ROLE_NAMES_ZH[input.role];
  const needsDivision = input.role === 'regulator' || input.role === 'inspector';
  const needsSubject = input.role === 'market_operator' || input.role === 'merchant';
  if (needsDivision) {
    const division = input.divisionCode ? (await divisionIndex(ctx.db)).get(input.divisionCode) : undefined;
    if (!input.divisionCode) errors.add('divisionCode', reason(`a ${input.role} is bound to a division`, `${role}须绑定行政区划`));
    else if (!division)
      errors.add('divisionCode', reason(`unknown division code ${input.divisionCode}`, `未知的行政区划代码 ${input.divisionCode}`));
  } else if (input.divisionCode) errors.add('divisionCode', reason(`a ${input.role} is not bound to a division`, `${role}不绑定行政区划`));
  if (needsSubject) {
    const subject = input.subjectId && isUuid(input.subjectId) ? await findSubjectById(ctx.db, input.subjectId) : undefined;
    if (!input.subjectId) errors.add('subjectId', reason(`a ${input.role} is bound to a subject`, `${role}须绑定主体`));
    else if (!subject) errors.add('subjectId', reason('no such subject', '没有这个主体'));
    else if ((input.role === 'market_operator') !== (subject.kind === 'market')) {
      errors.add(
        'subjectId',
        input.role === 'market_operator'
          ? reason('a market operator runs a market', '市场开办方须绑定市场')
          : reason('a merchant account belongs to a business, not a market', '经营户账户须绑定经营主体，而不是市场'),
      );
    }
  } else if (input.subjectId) errors.add('subjectId', reason(`a ${input.role} is not bound to a subject`, `${role}不绑定主体`));
}

/** Creates an account with a hashed password (admins, or the CLI). */
export async function createAccount(ctx: Ctx, input: AccountCreate): Promise<Account> {
  const actor = requireUser(ctx.actor);
  if (actor && !accountPolicy.manage(actor, { id: '' })) throw forbidden('create accounts');
  const errors = new FieldErrors();
  if (await findAccountByUsername(ctx.db, input.username)) errors.add('username', reason('already taken', '用户名已被使用'));
  await checkBinding(ctx, input, errors);
  errors.throwIfAny();
  const passwordHash = await hashPassword(input.password);
  const row = await withTx(ctx, async (tx) => {
    const account = await insertAccount(tx, {
      username: input.username,
      displayName: input.displayName.trim(),
      role: input.role,
      divisionCode: input.divisionCode ?? null,
      subjectId: input.subjectId ?? null,
      passwordHash,
      createdAt: ctx.clock.now(),
    });
    await auditPlatform(tx, ctx, {
      entity: 'account',
      entityId: account.id,
      action: 'account.create',
      before: null,
      after: { ...account },
    });
    return account;
  });
  const [view] = await presentAccounts(ctx, [row]);
  return view!;
}

/** Loads an account for an admin action: 404 when missing or out of sight, 403 when visible but not manageable. */
async function loadAccountToManage(ctx: Ctx, accountId: string): Promise<AccountRow> {
  const account = isUuid(accountId) ? await findAccountById(ctx.db, accountId) : undefined;
  if (!account) {
    requireUser(ctx.actor);
    throw notFound('account');
  }
  authorize(ctx.actor, accountPolicy, 'manage', account, 'account');
  return account;
}

/** Signs an account out everywhere (a lost phone, a leaver). */
export async function revokeAccountSessions(ctx: Ctx, accountId: string): Promise<void> {
  const account = await loadAccountToManage(ctx, accountId);
  await withTx(ctx, async (tx) => {
    const count = await revokeSessionsExcept(tx, account.id, null, ctx.clock.now());
    await auditPlatform(tx, ctx, {
      entity: 'account',
      entityId: account.id,
      action: 'account.revoke_sessions',
      before: null,
      after: { revoked: count },
    });
  });
}

/** Renames, disables or re-enables an account, or sets its password (admins). Disabling or a new password signs it out everywhere. */
export async function updateAccount(ctx: Ctx, accountId: string, input: AccountUpdate): Promise<Account> {
  const account = await loadAccountToManage(ctx, accountId);
  if (input.disabled === true && ctx.actor.type === 'user' && ctx.actor.id === account.id) {
    throw validationFailed([{ path: 'disabled', reason: reason('you cannot disable your own account', '不能停用自己的账户') }]);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const row = await withTx(ctx, async (tx) => {
    const updated = await updateAccountRow(tx, account.id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      ...(passwordHash ? { passwordHash } : {}),
    });
    const signedOut = input.disabled === true || passwordHash ? await revokeSessionsExcept(tx, account.id, null, ctx.clock.now()) : 0;
    await auditPlatform(tx, ctx, {
      entity: 'account',
      entityId: account.id,
      action: 'account.update',
      before: { displayName: account.displayName, disabled: account.disabled },
      after: {
        displayName: updated.displayName,
        disabled: updated.disabled,
        ...(passwordHash ? { passwordReset: true } : {}),
        ...(signedOut ? { sessionsRevoked: signedOut } : {}),
      },
    });
    return updated;
  });
  const [view] = await presentAccounts(ctx, [row]);
  return view!;
}

/** Changes the caller's own password after checking the current one; every other session of theirs ends. */
export async function changePassword(ctx: Ctx, input: PasswordChange): Promise<void> {
  const actor = requireUser(ctx.actor);
  if (!actor) throw forbidden('change a password as the system');
  const account = await findAccountById(ctx.db, actor.id);
  if (!account) throw notFound('account');
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
