import type { Policy } from '../../kernel/authorize.ts';
import type { AccountRow } from './queries.ts';

/** Accounts: each person sees their own; only admins see and manage everyone's. */
export const accountPolicy: Policy<Pick<AccountRow, 'id'>, 'manage'> = {
  read: (actor, account) => actor.role === 'admin' || actor.id === account.id,
  manage: (actor) => actor.role === 'admin',
};
