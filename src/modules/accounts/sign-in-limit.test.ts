import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';

// The default settings: ten failures per username in 15 minutes.
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const OFFICE = '10.20.0.1';
const login = (username: string, password: string, ip = OFFICE) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
    headers: { 'accept-language': 'en' },
  });

describe('the sign-in limit', () => {
  it('lets eleven colleagues sign in from one office address: successes are not counted', async () => {
    const admin = await t.loginAs('admin');
    const usernames = Array.from({ length: 11 }, (_, i) => `office.${String(i + 1).padStart(2, '0')}`);
    for (const username of usernames) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/accounts',
        headers: admin,
        payload: { username, displayName: username, password: 'a-long-password', role: 'regulator', divisionCode: '440106' },
      });
      expect(created.statusCode).toBe(201);
    }
    for (const username of usernames) expect((await login(username, 'a-long-password')).statusCode, username).toBe(200);
  });

  it('locks a username after ten wrong passwords, and only that username', async () => {
    for (let i = 0; i < 10; i++) expect((await login('th.inspector', 'guess')).statusCode).toBe(401);
    const eleventh = await login('th.inspector', 'guess');
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/try again/), fields: [] } });
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(eleventh.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

    // The right password is refused while locked, from this address and from any other.
    expect((await login('th.inspector', DEMO_PASSWORD)).statusCode).toBe(429);
    expect((await login('TH.Inspector ', DEMO_PASSWORD, '10.20.9.9')).statusCode).toBe(429);
    // A colleague at the same address is not locked out.
    expect((await login('th.regulator', DEMO_PASSWORD)).statusCode).toBe(200);
  });
});
