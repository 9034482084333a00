import net from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/support/app.ts';
import { findPlaces, type Places } from '../../test/support/fixtures.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { ERROR_STATUS, type ErrorCode } from '../kernel/errors.ts';
import type { TxHook } from '../kernel/tx.ts';
import { platform } from '../modules/rooms.ts';

/** A request with this id fails inside its write, the way a broken hook or database would: a bare 500. */
const FAILING_REQUEST_ID = 'error-languages-internal';
const failingHook: TxHook = {
  name: 'fails-on-request',
  async beforeCommit(_tx, ctx) {
    if (ctx.requestId === FAILING_REQUEST_ID) throw new Error('a write hook failed');
  },
};

let t: TestApp;
let places: Places;
let port: number;
beforeAll(async () => {
  t = await buildTestApp({ LOGIN_ATTEMPTS: '3' }, { txHooks: [...platform.txHooks, failingHook] });
  places = await findPlaces(t.database);
  // Node waits 60 s for a request's headers; a third of a second is enough to see its 408. The
  // checking interval is a createServer option Node keeps on the server and reads when it starts listening.
  Object.assign(t.app.server, { headersTimeout: 300, connectionsCheckingInterval: 100 });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(() => t.close());

type LanguageHeaders = { 'accept-language'?: string };
interface Answer {
  status: number;
  body: unknown;
}

interface Trigger {
  /** Answered on the socket before a request exists, so in both languages whatever the caller asked. */
  beforeRequest?: true;
  send(language: LanguageHeaders): Promise<Answer>;
}

async function injected(request: InjectOptions): Promise<Answer> {
  const response = await t.app.inject(request);
  return { status: response.statusCode, body: response.json() };
}

const cookieOf = async (user: Parameters<TestApp['loginAs']>[0]) => ({ cookie: (await t.loginAs(user)).cookie });

/** Sends raw bytes to the listening app and reads the whole answer (the server closes the connection). */
function rawRequest(request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
    });
  });
}

const headerLines = (language: LanguageHeaders) =>
  Object.entries(language)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');

/** How to make the real app answer each code; typed by ErrorCode, so a new code does not compile without one. */
const TRIGGERS: Record<ErrorCode, Trigger> = {
  validation_failed: { send: (language) => injected({ method: 'POST', url: '/api/auth/login', headers: language, payload: {} }) },
  bad_request: { beforeRequest: true, send: (language) => rawRequest(`NOT HTTP AT ALL\r\n${headerLines(language)}\r\n`) },
  unauthenticated: { send: (language) => injected({ url: '/api/subjects', headers: language }) },
  invalid_credentials: {
    send: (language) =>
      injected({ method: 'POST', url: '/api/auth/login', headers: language, payload: { username: 'th.inspector', password: 'not it' } }),
  },
  forbidden: {
    send: async (language) => injected({ url: '/api/accounts', headers: { ...language, ...(await cookieOf('th.regulator')) } }),
  },
  not_found: {
    send: async (language) =>
      injected({ url: `/api/subjects/${places.outOfTown.id}`, headers: { ...language, ...(await cookieOf('th.regulator')) } }),
  },
  request_timeout: {
    beforeRequest: true,
    send: (language) => rawRequest(`GET /api/subjects HTTP/1.1\r\nHost: x\r\n${headerLines(language)}`),
  },
  version_conflict: {
    send: async (language) =>
      injected({
        method: 'PATCH',
        url: `/api/subjects/${places.tianheCatering.id}`,
        headers: { ...language, ...(await cookieOf('th.regulator')) },
        payload: { version: places.tianheCatering.version + 1000, name: `${places.tianheCatering.name}（新）` },
      }),
  },
  body_too_large: {
    send: async (language) =>
      injected({
        method: 'POST',
        url: '/api/subjects',
        headers: { ...language, ...(await cookieOf('th.regulator')) },
        payload: { name: 'x'.repeat(1024 * 1024 + 10) },
      }),
  },
  uri_too_long: { send: (language) => injected({ url: `/api/public/subjects/${'4'.repeat(500)}`, headers: language }) },
  unsupported_media_type: {
    send: async (language) =>
      injected({
        method: 'POST',
        url: '/api/subjects',
        headers: { ...language, ...(await cookieOf('th.regulator')), 'content-type': 'text/plain' },
        payload: 'name=x',
      }),
  },
  rate_limited: {
    async send(language) {
      // Three failures (LOGIN_ATTEMPTS above) lock the username; once locked, every attempt answers 429.
      const attempt = () =>
        injected({
          method: 'POST',
          url: '/api/auth/login',
          headers: language,
          payload: { username: 'stall.merchant', password: 'not it' },
          remoteAddress: '10.30.0.1',
        });
      let answer = await attempt();
      for (let tries = 0; tries < 3 && answer.status !== 429; tries++) answer = await attempt();
      return answer;
    },
  },
  headers_too_large: {
    beforeRequest: true,
    send: (language) =>
      rawRequest(`GET /api/subjects HTTP/1.1\r\nHost: x\r\n${headerLines(language)}X-Filler: ${'a'.repeat(20_000)}\r\n\r\n`),
  },
  internal: {
    send: (language) =>
      injected({
        method: 'POST',
        url: '/api/auth/login',
        headers: { ...language, 'x-request-id': FAILING_REQUEST_ID },
        payload: { username: 'admin', password: DEMO_PASSWORD },
      }),
  },
};

const HAN = /\p{Script=Han}/u;

const oneShape = (code: string) => ({ error: { code, message: expect.any(String), fields: expect.any(Array) } });

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; reason: string }[] };
}

describe('every error code answers in the caller’s language', () => {
  it.each(Object.keys(ERROR_STATUS) as ErrorCode[])('%s', async (code) => {
    const trigger = TRIGGERS[code];
    expect(trigger, `no trigger for ${code}`).toBeDefined();

    const chinese = await trigger.send({});
    const english = await trigger.send({ 'accept-language': 'en' });
    for (const answer of [chinese, english]) {
      expect(answer.status).toBe(ERROR_STATUS[code]);
      expect(answer.body).toEqual(oneShape(code));
    }
    const zh = (chinese.body as ErrorBody).error;
    const en = (english.body as ErrorBody).error;

    if (trigger.beforeRequest) {
      // Chinese first, then ` / ` and the English.
      for (const message of [zh.message, en.message]) expect(message).toMatch(/^.*\p{Script=Han}.* \/ \P{Script=Han}+$/u);
      return;
    }
    expect(zh.message).toMatch(HAN);
    expect(en.message).not.toMatch(HAN);
    for (const field of en.fields) expect(field.reason, field.path).not.toMatch(HAN);
  });
});
