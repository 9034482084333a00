import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, errors } from '../../kernel/contract.ts';
import { AppError } from '../../kernel/errors.ts';
import {
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
import * as accountAdmin from './service/admin.ts';
import * as sessions from './service/sessions.ts';

export interface AccountRouteOptions {
  sessionCookie: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginAttempts: number;
  loginWindowMinutes: number;
}

const IdParams = Type.Object({ id: Type.String() });

export const accountRoutes: FastifyPluginAsyncTypebox<AccountRouteOptions> = async (app, options) => {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies };
  const passwordGuessLimit = {
    max: options.loginAttempts,
    timeWindow: options.loginWindowMinutes * 60_000,
    errorResponseBuilder: (_request: unknown, context: { after: string }) =>
      new AppError('rate_limited', `too many password attempts; try again in ${context.after}`),
  };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        security: [],
        body: LoginInput,
        response: { 200: Me, ...errors(400, 401, 429) },
      },
      config: {
        rateLimit: {
          ...passwordGuessLimit,
          // Per address and username, so one guesser cannot lock everyone else out.
          keyGenerator: (request) => {
            const username = (request.body as { username?: unknown } | undefined)?.username;
            return `${request.ip}|${typeof username === 'string' ? username.toLowerCase() : ''}`;
          },
        },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, me } = await sessions.login(request.ctx, request.body, {
        ttlHours: options.sessionTtlHours,
        userAgent: request.headers['user-agent'] ?? null,
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
    (request) => sessions.getMe(request.ctx),
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
        response: { 201: TokenCreated, ...errors(400, 401) },
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
        response: { 204: NoContent, ...errors(400, 401) },
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
        response: { 200: Account, ...errors(400, 401, 403, 404) },
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
        response: { 201: Account, ...errors(400, 401, 403) },
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
