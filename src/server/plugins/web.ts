import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built web app; unknown non-API paths get index.html so the browser router takes over. */
export const webPlugin = fp(async (app: FastifyInstance, options: { root: string }) => {
  if (!fs.existsSync(path.join(options.root, 'index.html'))) {
    app.log.warn({ root: options.root }, 'web app not built; serving the API only (npm run build:web)');
    return;
  }
  await app.register(fastifyStatic, { root: options.root, wildcard: false, maxAge: '1h' });
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (request.method !== 'GET' || pathname.startsWith('/api/') || pathname.startsWith('/docs')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${pathname}`, fields: [] } });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
