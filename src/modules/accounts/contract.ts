import { Type, type Static } from 'typebox';
import { ROLES } from '../../kernel/actor.ts';
import type { MeAbilities } from '../../kernel/abilities.ts';

/** The web session's cookie (httpOnly); systems send `Authorization: Bearer` instead. */
export const SESSION_COOKIE = 'shian_session';

export const Role = Type.Enum([...ROLES]);
export type Role = Static<typeof Role>;

export const Account = Type.Object({
  id: Type.String({ format: 'uuid' }),
  username: Type.String(),
  displayName: Type.String(),
  role: Role,
  divisionCode: Type.Union([Type.String(), Type.Null()]),
  divisionName: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  subjectName: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
});
export type Account = Static<typeof Account>;

export const AccountList = Type.Object({ items: Type.Array(Account) });
export type AccountList = Static<typeof AccountList>;

/** What the accounts room adds to /me. */
export const AccountRoomAbilities = Type.Object({
  manageAccounts: Type.Boolean({ description: 'whether the caller may list and manage every account' }),
});
export type AccountRoomAbilities = Static<typeof AccountRoomAbilities>;
declare module '../../kernel/abilities.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this room's part by merging
  interface MeAbilities extends AccountRoomAbilities {}
}

/** The signed-in account and what every room lets it start (the schema is composed from the rooms at start). */
export interface Me {
  account: Account;
  abilities: MeAbilities;
}

/** The one rule for every new password: at least 10 characters. */
const NewPassword = Type.String({ minLength: 10, maxLength: 256 });

export const LoginInput = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LoginInput = Static<typeof LoginInput>;

export const AccountCreate = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9_.-]{3,64}$', description: 'lower-case letters, digits, _ . -' }),
    displayName: Type.String({ minLength: 1, maxLength: 64 }),
    password: NewPassword,
    role: Role,
    divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    subjectId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type AccountCreate = Static<typeof AccountCreate>;

export const Session = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum(['web', 'token']),
  name: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  ip: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean(),
});
export type Session = Static<typeof Session>;

export const SessionList = Type.Object({ items: Type.Array(Session) });
export type SessionList = Static<typeof SessionList>;

export const TokenCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 64 }),
    expiresInDays: Type.Integer({ minimum: 1, maximum: 365 }),
  },
  { additionalProperties: false },
);
export type TokenCreate = Static<typeof TokenCreate>;

export const TokenCreated = Type.Object({
  token: Type.String({ description: 'shown once; send as Authorization: Bearer <token>' }),
  session: Session,
});
export type TokenCreated = Static<typeof TokenCreated>;

export const AccountUpdate = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    disabled: Type.Optional(Type.Boolean({ description: 'a disabled account cannot sign in; its sessions end at once' })),
    password: Type.Optional(Type.String({ ...NewPassword, description: 'sets a new password and signs the account out everywhere' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AccountUpdate = Static<typeof AccountUpdate>;

export const PasswordChange = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: NewPassword,
  },
  { additionalProperties: false },
);
export type PasswordChange = Static<typeof PasswordChange>;
