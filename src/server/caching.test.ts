import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../../test/support/database.ts';
import { findPlaces, type Places } from '../../test/support/fixtures.ts';
import { TEST_PUBLIC_URL } from '../../test/support/template.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { buildApp } from './app.ts';
import { IMMUTABLE } from './plugins/web.ts';

// A built web app in miniature: index.html and one hashed asset, each with the build's compressed copies.
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body></body></html>';
const SCRIPT = `console.log(${JSON.stringify('食安 '.repeat(400))});`;

let webRoot: string;
let database: Database;
let app: FastifyInstance;
let places: Places;
let session: string;

function writeBuilt(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
}

beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-web-'));
  writeBuilt(path.join(webRoot, 'index.html'), INDEX);
  writeBuilt(path.join(webRoot, 'assets/index-Ab12Cd34.js'), SCRIPT);
  database = await cloneTemplateDatabase();
  places = await findPlaces(database);
  const config = loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: TEST_PUBLIC_URL });
  app = await buildApp({ config, db: database.db, webRoot });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'th.regulator', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'shian_session')!;
  session = `${cookie.name}=${cookie.value}`;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe('compression and caching', () => {
  it('keeps a hashed asset for a year and sends the build’s brotli or gzip copy', async () => {
    const url = '/assets/index-Ab12Cd34.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gzip = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await app.inject({ url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('revalidates the app’s HTML on every visit: no-cache, an ETag and 304 when unchanged', async () => {
    const page = await app.inject({ url: '/subjects', headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(page.rawPayload).toString()).toBe(INDEX);
    const again = await app.inject({ url: '/', headers: { 'accept-encoding': 'br, gzip', 'if-none-match': String(page.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('compresses JSON answers and turns an unchanged one into a 304', async () => {
    const headers = { cookie: session, 'accept-encoding': 'br, gzip' };
    const list = await app.inject({ url: '/api/subjects?pageSize=50', headers });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-encoding']).toBe('br');
    expect(list.headers['cache-control']).toBe('private, no-cache');
    expect(JSON.parse(zlib.brotliDecompressSync(list.rawPayload).toString()).items.length).toBeGreaterThan(0);
    const again = await app.inject({
      url: '/api/subjects?pageSize=50',
      headers: { ...headers, 'if-none-match': String(list.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('lets caches keep a QR code a day, revalidated by its ETag', async () => {
    const url = `/api/public/subjects/${places.ownStall.fileNo}/qr.svg`;
    const svg = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(svg.headers['cache-control']).toBe('public, max-age=86400');
    expect(svg.headers['content-encoding']).toBe('gzip');
    expect((await app.inject({ url, headers: { 'if-none-match': String(svg.headers.etag) } })).statusCode).toBe(304);
    const png = `/api/public/subjects/${places.ownStall.fileNo}/qr.png`;
    const first = await app.inject({ url: png });
    expect(first.headers['cache-control']).toBe('public, max-age=86400');
    expect((await app.inject({ url: png, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode).toBe(304);
  });

  it('serves a QR code’s public page from the server, not the web app, even with the app built', async () => {
    const response = await app.inject({ url: `/p/${places.ownStall.fileNo}` });
    expect(response.body).toContain('data-testid="public-page"');
    expect(response.body).not.toContain('/assets/index-Ab12Cd34.js');
  });
});
