import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/support/app.ts';
import { findPlaces, type Places } from '../../test/support/fixtures.ts';

let t: TestApp;
let places: Places;
beforeAll(async () => {
  t = await buildTestApp();
  places = await findPlaces(t.database);
});
afterAll(() => t.close());

const oneShape = (code: string) => ({ error: { code, message: expect.any(String), fields: expect.any(Array) } });

/** Sends raw bytes to the listening app and reads the whole answer (the server closes the connection). */
function rawRequest(port: number, request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
  });
}

describe('the router’s own refusals use the one error shape', () => {
  it('answers a malformed %-escape with 400 validation_failed', async () => {
    const response = await t.app.inject({ url: '/api/subjects/%zz', headers: await t.loginAs('th.regulator') });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'url: has a malformed %-escape',
        fields: [{ path: 'url', reason: 'has a malformed %-escape' }],
      },
    });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('answers an over-long path parameter with 414 uri_too_long', async () => {
    const response = await t.app.inject({ url: `/api/public/subjects/${'4'.repeat(500)}` });
    expect(response.statusCode).toBe(414);
    expect(response.json()).toEqual(oneShape('uri_too_long'));
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('Node’s HTTP parser refusals use the one error shape', () => {
  let port: number;
  beforeAll(async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as net.AddressInfo).port;
  });

  it('answers an over-long header with 431 headers_too_large', async () => {
    const response = await rawRequest(port, `GET /api/subjects HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(response.status).toBe(431);
    expect(response.headers).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(response.body)).toEqual({ error: { code: 'headers_too_large', message: expect.any(String), fields: [] } });
  });

  it('answers an over-long query with 431 too, by fetch', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/subjects?q=${'a'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual(oneShape('headers_too_large'));
  });

  it('answers malformed HTTP with 400 bad_request', async () => {
    const response = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual(oneShape('bad_request'));
  });
});

describe('body refusals', () => {
  it('answers a body over 1 MB with 413 and a wrong content type with 415', async () => {
    const headers = await t.loginAs('th.regulator');
    const large = await t.app.inject({ method: 'POST', url: '/api/subjects', headers, payload: { name: 'x'.repeat(1024 * 1024 + 10) } });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toEqual(oneShape('body_too_large'));
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({ code: 'unsupported_media_type', message: 'send JSON (application/json)' });
  });

  it('tells a JSON body sent to the upload to come as multipart/form-data', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/subjects/${places.tianheCatering.id}/attachments`,
      headers: await t.loginAs('th.regulator'),
      payload: { file: 'not a file' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({
      code: 'unsupported_media_type',
      message: 'send the file as multipart/form-data',
      fields: [{ path: 'content-type', reason: expect.not.stringMatching(/application\/json/) }],
    });
  });
});

describe('anonymous callers are asked to sign in before their input is looked at', () => {
  it('on the upload, with a file or without one', async () => {
    const url = `/api/subjects/${places.tianheCatering.id}/attachments`;
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('89504e470d0a1a0a', 'hex')], { type: 'image/png' }), 'scan.png');
    for (const payload of [form, {}, undefined]) {
      const response = await t.app.inject({ method: 'POST', url, payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(oneShape('unauthenticated'));
    }
  });

  it('on every route with a body, before validation, size or type checks', async () => {
    const cases = [
      { method: 'POST' as const, url: '/api/subjects', payload: { colour: 'red' } },
      { method: 'PATCH' as const, url: `/api/subjects/${places.tianheCatering.id}`, payload: {} },
      { method: 'POST' as const, url: `/api/subjects/${places.tianheCatering.id}/licences`, payload: { kind: 'nonsense' } },
      { method: 'POST' as const, url: '/api/accounts', payload: { username: 'X' } },
      { method: 'POST' as const, url: '/api/auth/tokens', payload: {} },
      { method: 'POST' as const, url: '/api/subjects', payload: { name: 'x'.repeat(1024 * 1024 + 10) } },
      { method: 'POST' as const, url: '/api/subjects', payload: 'text', headers: { 'content-type': 'text/plain' } },
    ];
    for (const { headers, ...request } of cases) {
      const response = await t.app.inject({ ...request, headers });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('but public routes still answer without a sign-in', async () => {
    expect((await t.app.inject({ url: `/api/public/subjects/${places.ownStall.fileNo}` })).statusCode).toBe(200);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: {} });
    expect(login.statusCode).toBe(400);
  });
});
