import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const isWebBuilt = (root: string) => fs.existsSync(path.join(root, 'index.html'));

/**
 * The one not-found handler: API and docs paths answer the JSON 404; with the web app built, any
 * other GET gets index.html so the browser router takes over.
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { root: string | null }) => {
  const root = options.root && isWebBuilt(options.root) ? options.root : null;
  if (options.root && !root) app.log.warn({ root: options.root }, 'web app not built; serving the API only (npm run build:web)');
  if (root) await app.register(fastifyStatic, { root, wildcard: false, maxAge: '1h' });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (root && request.method === 'GET' && !pathname.startsWith('/api/') && !pathname.startsWith('/docs')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${pathname}`, fields: [] } });
  });
});
