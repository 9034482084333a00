import { randomUUID } from 'node:crypto';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { type Clock, systemClock } from '../lib/clock.ts';
import { SESSION_COOKIE, contextPlugin } from './plugins/context.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { webPlugin } from './plugins/web.ts';
import { moduleRoutes } from './routes.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const WEB_ROOT = path.resolve(import.meta.dirname, '../../web/dist');

export interface AppDeps {
  config: Config;
  db: Db;
  clock?: Clock;
  /** Where the built web app is; null serves the API only. */
  webRoot?: string | null;
}

/** Builds the whole HTTP app without listening: `start` listens on it, tests inject into it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: true, useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // The API speaks JSON (and multipart for files); a text body is refused, not parsed as a string.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // No sniffing of uploads, no framing of pages (clickjacking), no full URLs leaking to other sites.
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(errorsPlugin);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });
  await app.register(openapiPlugin);
  await app.register(contextPlugin, { db: deps.db, clock: deps.clock ?? systemClock, publicUrl: config.publicUrl });

  await app.register(moduleRoutes.accountRoutes, {
    sessionCookie: SESSION_COOKIE,
    sessionTtlHours: config.sessionTtlHours,
    secureCookies: config.secureCookies,
    loginAttempts: config.loginAttemptsPerWindow,
    loginWindowMinutes: config.loginWindowMinutes,
  });
  await app.register(moduleRoutes.divisionRoutes);
  await app.register(moduleRoutes.subjectRoutes);

  await app.register(webPlugin, { root: deps.webRoot === undefined ? WEB_ROOT : deps.webRoot });
  return app;
}
