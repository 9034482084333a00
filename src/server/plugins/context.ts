import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { publicActor } from '../../kernel/actor.ts';
import type { Ctx } from '../../kernel/context.ts';
import { unauthenticated } from '../../kernel/errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Db } from '../../db/client.ts';
import type { TxHook } from '../../kernel/tx.ts';
import { SESSION_COOKIE } from '../../modules/accounts/contract.ts';
import { resolveActor } from '../../modules/accounts/service/sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

/**
 * What the OpenAPI document promises: an /api route needs a signed-in caller unless its schema declares
 * `security: []`. Checked before the body is read, so an anonymous caller learns nothing from validation.
 */
function requiresSignIn(request: FastifyRequest): boolean {
  if (!request.routeOptions.url?.startsWith('/api/')) return false;
  const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return !(Array.isArray(security) && security.length === 0);
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/**
 * Builds each request's Ctx: who is calling (cookie or bearer token), request id, address, database,
 * clock; answers 401 at once for an anonymous call to a route that needs a sign-in. Services still
 * authorize: the CLI, jobs and MQTT reach them without this shell.
 */
export const contextPlugin = fp(
  async (app: FastifyInstance, options: { db: Db; clock: Clock; publicUrl: string; txHooks: readonly TxHook[] }) => {
    app.decorateRequest('ctx', null as unknown as Ctx);
    app.addHook('onRequest', async (request) => {
      const base: Ctx = {
        actor: publicActor,
        requestId: request.id,
        ip: request.ip,
        db: options.db,
        log: request.log,
        clock: options.clock,
        publicUrl: options.publicUrl,
        txHooks: options.txHooks,
      };
      const token = bearerToken(request);
      const actor = token ? await resolveActor(base, token) : null;
      request.ctx = actor ? { ...base, actor } : base;
      if (!actor && requiresSignIn(request)) throw unauthenticated();
    });
  },
);
