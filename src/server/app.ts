import { randomUUID } from 'node:crypto';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import etag from '@fastify/etag';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Platform } from '../kernel/room.ts';
import type { TxHook } from '../kernel/tx.ts';
import { type Clock, systemClock } from '../lib/clock.ts';
import { platform } from '../modules/rooms.ts';
import { loggerOptions } from './logger.ts';
import { contextPlugin } from './plugins/context.ts';
import { answerClientError, answerFrameworkError, errorsPlugin } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { setResponseHeaders } from './plugins/response-headers.ts';
import { webPlugin } from './plugins/web.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const MAX_HEADER_BYTES = 16 * 1024;
export const WEB_ROOT = path.resolve(import.meta.dirname, '../../web/dist');

export interface AppDeps {
  config: Config;
  db: Db;
  clock?: Clock;
  /** Where the built web app is; null serves the API only. */
  webRoot?: string | null;
  /** The rooms to mount; every room in modules/rooms.ts unless a test brings its own. */
  rooms?: Platform;
  /** Hooks on every write beyond the rooms' own (the outbox worker's wake-up). */
  txHooks?: readonly TxHook[];
}

/** Builds the whole HTTP app without listening: `start` listens on it, tests inject into it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const rooms = deps.rooms ?? platform;
  const app = Fastify({
    logger: loggerOptions(config),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: BODY_LIMIT_BYTES,
    // Node's default, named so the limit is ours: a longer request line and headers answer 431.
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    frameworkErrors: (error, request, reply) => {
      setResponseHeaders(request, reply);
      answerFrameworkError(error, request, reply);
    },
    clientErrorHandler: answerClientError,
    trustProxy: config.trustProxy,
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: true, useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // The API speaks JSON (and multipart for files); a text body is refused, not parsed as a string.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (request, reply) => setResponseHeaders(request, reply));

  await app.register(errorsPlugin);
  // Answers are revalidated by ETag (weak: one tag for every encoding of a body), then compressed.
  await app.register(etag, { weak: true });
  await app.register(compress, { encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });
  await app.register(openapiPlugin);
  await app.register(contextPlugin, {
    db: deps.db,
    clock: deps.clock ?? systemClock,
    publicUrl: config.publicUrl,
    txHooks: deps.txHooks ?? rooms.txHooks,
  });

  for (const room of rooms.rooms) {
    if (room.routes) await app.register(room.routes, { config, abilities: rooms.abilities });
  }

  await app.register(webPlugin, { root: deps.webRoot === undefined ? WEB_ROOT : deps.webRoot });
  return app;
}
