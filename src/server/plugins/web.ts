import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../kernel/errors.ts';
import { serverMessages } from '../messages.ts';

export const isWebBuilt = (root: string) => fs.existsSync(path.join(root, 'index.html'));

/** Vite names every file under assets/ by its content's hash, so a browser may keep each one for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built web app: hashed assets cached for a year, index.html revalidated on every visit (its ETag
 * answers 304), each sent as the build's brotli or gzip copy when the browser takes it.
 * The one not-found handler: API and docs paths answer the JSON 404; with the web app built, any
 * other GET gets index.html so the browser router takes over (server pages such as /p/:fileNo are
 * routes, so they are found first).
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { root: string | null }) => {
  const root = options.root && isWebBuilt(options.root) ? options.root : null;
  if (options.root && !root) app.log.warn({ root: options.root }, 'web app not built; serving the API only (npm run build:web)');
  if (root) {
    const assets = path.join(root, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, file) => {
        reply.header('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (root && request.method === 'GET' && !pathname.startsWith('/api/') && !pathname.startsWith('/docs')) {
      return reply.sendFile('index.html');
    }
    throw new AppError('not_found', serverMessages.noRoute(request.method, pathname));
  });
});
