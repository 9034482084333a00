import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, errors } from '../../kernel/contract.ts';
import { RateLimited } from '../../kernel/errors.ts';
import type { MeAbilities } from '../../kernel/abilities.ts';
import type { RoomAbilities } from '../../kernel/room.ts';
import {
  Account,
  AccountCreate,
  AccountList,
  AccountUpdate,
  LoginInput,
  PasswordChange,
  SessionList,
  TokenCreate,
  TokenCreated,
} from './contract.ts';
import { LoginThrottle } from './login-throttle.ts';
import { accountMessages } from './messages.ts';
import * as accountAdmin from './service/admin.ts';
import * as sessions from './service/sessions.ts';

export interface AccountRouteOptions {
  sessionCookie: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginAttempts: number;
  loginWindowMinutes: number;
  /** Every room's abilities, served with the account at /me. */
  abilities: RoomAbilities;
}

const IdParams = Type.Object({ id: Type.String() });

export const accountRoutes: FastifyPluginAsyncTypebox<AccountRouteOptions> = async (app, options) => {
  // The abilities' schema is composed from every room at start; its type from each room's contract.
  const Me = Type.Object({ account: Account, abilities: Type.Unsafe<MeAbilities>(options.abilities.schema) });
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies };
  const loginThrottle = new LoginThrottle({ attempts: options.loginAttempts, windowMinutes: options.loginWindowMinutes });
  const passwordGuessLimit = {
    max: options.loginAttempts,
    timeWindow: options.loginWindowMinutes * 60_000,
    errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
      new RateLimited(accountMessages.tooManyPasswordAttempts(Math.ceil(context.ttl / 60_000)), Math.ceil(context.ttl / 1000)),
  };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        security: [],
        body: LoginInput,
        response: { 200: Me, ...errors(400, 401, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, me } = await sessions.login(request.ctx, request.body, {
        ttlHours: options.sessionTtlHours,
        userAgent: request.headers['user-agent'] ?? null,
        throttle: loginThrottle,
        abilities: options.abilities,
      });
      reply.setCookie(options.sessionCookie, token, { ...cookieOptions, expires: expiresAt });
      return me;
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out: revokes the current session', response: { 204: NoContent, ...errors(401) } } },
    async (request, reply) => {
      const { actor } = request.ctx;
      if (actor.type === 'user') await sessions.revokeSession(request.ctx, actor.sessionId);
      reply.clearCookie(options.sessionCookie, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in account', response: { 200: Me, ...errors(401) } } },
    (request) => sessions.getMe(request.ctx, options.abilities),
  );

  app.get(
    '/api/auth/sessions',
    { schema: { tags: ['auth'], summary: 'Your open sessions and API tokens', response: { 200: SessionList, ...errors(401) } } },
    (request) => sessions.listSessions(request.ctx),
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: { tags: ['auth'], summary: 'Revoke a session or token', params: IdParams, response: { 204: NoContent, ...errors(401, 404) } },
    },
    async (request, reply) => {
      await sessions.revokeSession(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token (shown once)',
        body: TokenCreate,
        response: { 201: TokenCreated, ...errors(400, 401, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await sessions.createToken(request.ctx, request.body)),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password; your other sessions end',
        body: PasswordChange,
        response: { 204: NoContent, ...errors(400, 401, 413, 415, 429) },
      },
      // A stolen session must not become a way to guess the password behind it.
      config: {
        rateLimit: {
          ...passwordGuessLimit,
          keyGenerator: (request) => `password|${request.ctx.actor.type === 'user' ? request.ctx.actor.id : request.ip}`,
        },
      },
    },
    async (request, reply) => {
      await sessions.changePassword(request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/accounts/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Rename, disable, re-enable or set the password of an account (admin)',
        params: IdParams,
        body: AccountUpdate,
        response: { 200: Account, ...errors(400, 401, 403, 404, 413, 415) },
      },
    },
    (request) => accountAdmin.updateAccount(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/accounts',
    { schema: { tags: ['accounts'], summary: 'All accounts (admin)', response: { 200: AccountList, ...errors(401, 403) } } },
    (request) => accountAdmin.listAccounts(request.ctx),
  );

  app.post(
    '/api/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (admin)',
        body: AccountCreate,
        response: { 201: Account, ...errors(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await accountAdmin.createAccount(request.ctx, request.body)),
  );

  app.post(
    '/api/accounts/:id/revoke-sessions',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign an account out everywhere (admin)',
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await accountAdmin.revokeAccountSessions(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
