import { randomBytes } from 'node:crypto';
import type { Ctx } from '../kernel/context.ts';
import { ROLES, type Role } from '../kernel/actor.ts';
import { createAccount } from '../modules/accounts/service/admin.ts';
import { UsageError } from './errors.ts';

export interface UserAddArgs {
  username?: string;
  role?: string;
  name?: string;
  password?: string;
  division?: string;
  subject?: string;
}

/** Creates an account from the command line; without --password a strong one is generated and printed once. */
export async function runUserAdd(ctx: Ctx, args: UserAddArgs): Promise<void> {
  if (!args.username || !args.role) throw new UsageError('user add needs --username and --role');
  if (!ROLES.includes(args.role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const password = args.password ?? randomBytes(12).toString('base64url');
  const account = await createAccount(ctx, {
    username: args.username,
    displayName: args.name ?? args.username,
    password,
    role: args.role as Role,
    ...(args.division ? { divisionCode: args.division } : {}),
    ...(args.subject ? { subjectId: args.subject } : {}),
  });
  console.log(`created ${account.role} ${account.username} (${account.id})`);
  if (!args.password) console.log(`password: ${password}   (shown once)`);
}
