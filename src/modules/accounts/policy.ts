import { definePolicy } from '../../kernel/authorize.ts';
import { accountMessages } from './messages.ts';
import type { AccountRow } from './queries.ts';

const isAdmin = (actor: { role: string }) => actor.role === 'admin';

/** Accounts: each person sees their own; only admins list, open and manage everyone's. */
export const accountActions = definePolicy(
  accountMessages.account,
  {
    read: (actor, account: Pick<AccountRow, 'id'>) => isAdmin(actor) || actor.id === account.id,
    manage: isAdmin,
    list: isAdmin,
    create: isAdmin,
  },
  ['list', 'create'],
);
