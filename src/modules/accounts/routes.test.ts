import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { findPlaces, type Places } from '../../../test/support/fixtures.ts';
import { DEMO_PASSWORD } from '../../demo/seed.ts';
import { platformAudit } from '../../kernel/audit-tables.ts';
import { accounts, sessions } from './tables.ts';

let t: TestApp;
let places: Places;
beforeAll(async () => {
  t = await buildTestApp({ LOGIN_ATTEMPTS: '5' });
  places = await findPlaces(t.database);
});
afterAll(() => t.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
    headers: { 'accept-language': 'en' },
  });
const cookieOf = (response: Awaited<ReturnType<typeof login>>) => {
  const c = response.cookies.find((x) => x.name === 'shian_session')!;
  return { cookie: `${c.name}=${c.value}`, 'accept-language': 'en' };
};

describe('signing in', () => {
  it('sets an httpOnly, SameSite session cookie and answers who you are', async () => {
    const response = await login('th.regulator', DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'shian_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toMatchObject({
      account: { username: 'th.regulator', role: 'regulator', divisionCode: '440106', divisionName: '天河区' },
      abilities: { createSubjectKinds: ['market', 'merchant', 'supplier', 'catering'], manageAccounts: false },
    });
    const [stored] = await t.database.db.select().from(sessions).orderBy(sessions.createdAt).limit(1);
    expect(stored!.tokenHash).not.toContain(cookie.value);
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password or unknown user the same way, and audits the attempt', async () => {
    const wrong = await login('th.regulator', 'not-the-password', '10.0.0.2');
    const unknown = await login('nobody', 'not-the-password', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const failures = await t.database.db.select().from(platformAudit).where(eq(platformAudit.action, 'session.login_failed'));
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it('locks a username after LOGIN_ATTEMPTS failures, not the address it failed from', async () => {
    const clerk = {
      username: 'locked.clerk',
      displayName: '被锁账号',
      password: 'a-long-password',
      role: 'regulator',
      divisionCode: '440106',
    };
    await t.app.inject({ method: 'POST', url: '/api/accounts', headers: await t.loginAs('admin'), payload: clerk });
    for (let i = 0; i < 5; i++) expect((await login(clerk.username, 'guess', '10.0.0.3')).statusCode).toBe(401);
    const limited = await login(clerk.username, clerk.password, '10.0.0.3');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another account at that address is not locked out.
    expect((await login('th.inspector', DEMO_PASSWORD, '10.0.0.3')).statusCode).toBe(200);
  });

  it('signing out revokes the session on the server', async () => {
    const headers = cookieOf(await login('stall.merchant', DEMO_PASSWORD, '10.0.0.5'));
    expect((await t.app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(401);
  });
});

describe('sessions and API tokens', () => {
  it('creates a bearer token that works until it is revoked', async () => {
    const headers = cookieOf(await login('th.inspector', DEMO_PASSWORD, '10.0.0.6'));
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers,
      payload: { name: '执法终端', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, session } = created.json();
    expect(token).toMatch(/^shian_pat_/);
    const bearer = { authorization: `Bearer ${token}` };
    const list = await t.app.inject({ url: '/api/subjects', headers: bearer });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.every((s: { divisionCode: string }) => s.divisionCode === '440106')).toBe(true);

    const mine = await t.app.inject({ url: '/api/auth/sessions', headers });
    expect(mine.json().items).toContainEqual(expect.objectContaining({ id: session.id, kind: 'token', name: '执法终端', current: false }));
    expect(mine.json().items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${session.id}`, headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/subjects', headers: bearer })).statusCode).toBe(401);
  });

  it('does not let one account revoke another’s session', async () => {
    const mine = cookieOf(await login('th.regulator', DEMO_PASSWORD, '10.0.0.7'));
    const theirs = cookieOf(await login('gz.regulator', DEMO_PASSWORD, '10.0.0.7'));
    const [theirSession] = (await t.app.inject({ url: '/api/auth/sessions', headers: theirs })).json().items;
    const attempt = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${theirSession.id}`, headers: mine });
    expect(attempt.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/auth/me', headers: theirs })).statusCode).toBe(200);
  });
});

describe('accounts', () => {
  it('are created by admins only, with the binding their role needs', async () => {
    const admin = await t.loginAs('admin');
    const regulator = await t.loginAs('th.regulator');
    const body = {
      username: 'hz.regulator',
      displayName: '海珠区市场监管局',
      password: 'a-long-password',
      role: 'regulator',
      divisionCode: '440105',
    };
    expect((await t.app.inject({ method: 'POST', url: '/api/accounts', headers: regulator, payload: body })).statusCode).toBe(403);

    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: admin,
      payload: { ...body, divisionCode: undefined },
    });
    expect(missing.json().error.fields).toEqual([{ path: 'divisionCode', reason: 'a regulator is bound to a division' }]);
    const wrongSubject = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: admin,
      payload: { ...body, username: 'op2', role: 'market_operator', divisionCode: undefined, subjectId: places.ownStall.id },
    });
    expect(wrongSubject.json().error.fields).toEqual([{ path: 'subjectId', reason: 'a market operator runs a market' }]);

    const created = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: admin, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'hz.regulator', divisionName: '海珠区' });
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/accounts', headers: admin, payload: body });
    expect(duplicate.json().error.fields).toEqual([{ path: 'username', reason: 'already taken' }]);

    const [row] = await t.database.db.select().from(accounts).where(eq(accounts.username, 'hz.regulator'));
    expect(row!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const [audit] = await t.database.db.select().from(platformAudit).where(eq(platformAudit.entityId, row!.id));
    expect(audit!.action).toBe('account.create');
    expect(JSON.stringify(audit!.changes)).not.toContain('scrypt');
  });

  it('can be signed out everywhere by an admin', async () => {
    const victim = cookieOf(await login('market.operator', DEMO_PASSWORD, '10.0.0.8'));
    const list = (await t.app.inject({ url: '/api/accounts', headers: await t.loginAs('admin') })).json().items;
    const operator = list.find((a: { username: string }) => a.username === 'market.operator');
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${operator.id}/revoke-sessions`,
      headers: await t.loginAs('admin'),
    });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: victim })).statusCode).toBe(401);
  });
});

describe('account upkeep', () => {
  it('an admin disables an account: it is signed out and cannot sign in until re-enabled', async () => {
    const admin = await t.loginAs('admin');
    const victim = cookieOf(await login('th.inspector', DEMO_PASSWORD, '10.0.1.1'));
    const list = (await t.app.inject({ url: '/api/accounts', headers: admin })).json().items;
    const inspector = list.find((a: { username: string }) => a.username === 'th.inspector');

    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/accounts/${inspector.id}`,
          headers: await t.loginAs('th.regulator'),
          payload: { disabled: true },
        })
      ).statusCode,
    ).toBe(404); // someone else's account is out of a non-admin's sight
    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${inspector.id}`,
      headers: admin,
      payload: { disabled: true },
    });
    expect(disabled.json()).toMatchObject({ username: 'th.inspector', disabled: true });
    expect((await t.app.inject({ url: '/api/auth/me', headers: victim })).statusCode).toBe(401);
    expect((await login('th.inspector', DEMO_PASSWORD, '10.0.1.2')).statusCode).toBe(401);

    await t.app.inject({ method: 'PATCH', url: `/api/accounts/${inspector.id}`, headers: admin, payload: { disabled: false } });
    expect((await login('th.inspector', DEMO_PASSWORD, '10.0.1.3')).statusCode).toBe(200);
  });

  it('an admin cannot disable their own account', async () => {
    const admin = await t.loginAs('admin');
    const me = (await t.app.inject({ url: '/api/auth/me', headers: admin })).json();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${me.account.id}`,
      headers: admin,
      payload: { disabled: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'disabled', reason: 'you cannot disable your own account' }]);
  });

  it('a user changes their password: the current one is checked, other sessions end, this one stays', async () => {
    const here = cookieOf(await login('gz.regulator', DEMO_PASSWORD, '10.0.2.1'));
    const elsewhere = cookieOf(await login('gz.regulator', DEMO_PASSWORD, '10.0.2.2'));
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: here,
      payload: { currentPassword: 'nope', newPassword: 'a-new-long-password' },
    });
    expect(wrong.json().error.fields).toEqual([{ path: 'currentPassword', reason: 'this is not your current password' }]);
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: here,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    expect(short.json().error.fields[0].path).toBe('newPassword');

    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: here,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a-new-long-password' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: here })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: elsewhere })).statusCode).toBe(401);
    expect((await login('gz.regulator', DEMO_PASSWORD, '10.0.2.3')).statusCode).toBe(401);
    expect((await login('gz.regulator', 'a-new-long-password', '10.0.2.3')).statusCode).toBe(200);
  });

  it('limits password guesses through a signed-in session', async () => {
    const headers = cookieOf(await login('th.regulator', DEMO_PASSWORD, '10.0.3.1'));
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers,
        payload: { currentPassword: 'guess', newPassword: 'a-new-long-password' },
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(400);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
  });
});
