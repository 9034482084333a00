import type { Role } from '../../../kernel/actor.ts';
import { auditPlatform } from '../../../kernel/audit.ts';
import { authorize, may, requireSignedIn } from '../../../kernel/authorize.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { FieldErrors, forbidden, notFound, reason, validationFailed } from '../../../kernel/errors.ts';
import { withTx } from '../../../kernel/tx.ts';
import { isUuid } from '../../../lib/ids.ts';
import { divisionIndex } from '../../divisions/service.ts';
import { findSubjectBrief } from '../../subjects/read.ts';
import type { Account, AccountCreate, AccountList, AccountRoomAbilities, AccountUpdate } from '../contract.ts';
import { accountMessages } from '../messages.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { accountActions } from '../policy.ts';
import {
  type AccountRow,
  findAccountById,
  findAccountByUsername,
  insertAccount,
  listAccountRows,
  revokeSessionsExcept,
  updateAccountRow,
} from '../queries.ts';
import { presentAccounts } from './common.ts';

/** What the caller may start in this room, for /me. */
export async function getAccountAbilities(ctx: Ctx): Promise<AccountRoomAbilities> {
  return { manageAccounts: may(ctx.actor, accountActions.list, { id: '' }) };
}

/** Every account; admins only. */
export async function listAccounts(ctx: Ctx): Promise<AccountList> {
  authorize(ctx.actor, accountActions.list, { id: '' });
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
    const subject = input.subjectId && isUuid(input.subjectId) ? await findSubjectBrief(ctx.db, input.subjectId) : undefined;
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
  authorize(ctx.actor, accountActions.create, { id: '' });
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
    requireSignedIn(ctx.actor);
    throw notFound(accountMessages.account);
  }
  authorize(ctx.actor, accountActions.manage, account);
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

/**
 * Which of these enabled accounts still sign in with this password, checked without signing in (no
 * session, nothing audited): the platform's own check before serving in production. People may not ask.
 */
export async function accountsAcceptingPassword(ctx: Ctx, usernames: readonly string[], password: string): Promise<string[]> {
  if (ctx.actor.type !== 'system') throw forbidden(reason('only the platform checks accounts’ passwords', '只有平台本身可以核对账户密码'));
  const found: string[] = [];
  for (const username of usernames) {
    const account = await findAccountByUsername(ctx.db, username);
    if (account && !account.disabled && (await verifyPassword(password, account.passwordHash))) found.push(username);
  }
  return found;
}
