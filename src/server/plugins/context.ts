import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { publicActor } from '../../kernel/actor.ts';
import type { Ctx } from '../../kernel/context.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Db } from '../../db/client.ts';
import { resolveActor } from '../../modules/accounts/service/sessions.ts';

export const SESSION_COOKIE = 'shian_session';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/** Builds each request's Ctx: who is calling (cookie or bearer token), request id, address, database, clock. */
export const contextPlugin = fp(async (app: FastifyInstance, options: { db: Db; clock: Clock; publicUrl: string }) => {
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
    };
    const token = bearerToken(request);
    const actor = token ? await resolveActor(base, token) : null;
    request.ctx = actor ? { ...base, actor } : base;
  });
});
