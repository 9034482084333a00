import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/support/app.ts';
import { findPlaces } from '../../test/support/fixtures.ts';
import { API_POLICY, APP_POLICY } from './plugins/response-headers.ts';

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  responses?: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }>;
}

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the HTTP shell', () => {
  it('serves the OpenAPI document with every module’s routes', async () => {
    const response = await t.app.inject({ url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/subjects', '/api/subjects/{id}', '/api/public/subjects/{fileNo}', '/api/divisions']),
    );
    expect((await t.app.inject({ url: '/docs/' })).statusCode).toBe(200);
  });

  it('documents every operation: a summary, a tag, a success response and the error shape', async () => {
    const doc = (await t.app.inject({ url: '/docs/json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, OpenApiOperation>>).flatMap(([route, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${route}`, op })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { name, op } of operations) {
      expect(op.summary, name).toBeTruthy();
      expect(op.tags?.length, name).toBeGreaterThan(0);
      const statuses = Object.keys(op.responses ?? {});
      expect(
        statuses.some((status) => status.startsWith('2')),
        name,
      ).toBe(true);
      const failure = statuses.find((status) => status.startsWith('4'));
      if (failure) expect(op.responses![failure]!.content['application/json']!.schema.properties.error, name).toBeDefined();
    }
  });

  it('answers unknown routes with the error shape', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String), fields: [] } });
  });

  it('asks for a sign-in before private data, with the error shape', async () => {
    const response = await t.app.inject({ url: '/api/subjects' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('echoes a request id, and makes one when none is sent', async () => {
    const given = await t.app.inject({ url: '/api/nothing', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.app.inject({ url: '/api/nothing' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });
});

describe('Content-Security-Policy', () => {
  it('lets the web app run its own scripts only, with inline styles (Ant Design) and data:/blob: images', async () => {
    const page = await t.app.inject({ url: '/subjects' });
    expect(page.headers['content-security-policy']).toBe(APP_POLICY);
    const directives = APP_POLICY.split('; ');
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("style-src 'self' 'unsafe-inline'");
    expect(directives).toContain("img-src 'self' data: blob:");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(APP_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('gives /docs (Swagger UI, which works under it) the same policy and API answers one that loads nothing', async () => {
    expect((await t.app.inject({ url: '/docs/' })).headers['content-security-policy']).toBe(APP_POLICY);
    expect((await t.app.inject({ url: '/docs/static/index.css' })).headers['content-security-policy']).toBe(APP_POLICY);
    expect((await t.app.inject({ url: '/api/subjects' })).headers['content-security-policy']).toBe(API_POLICY);
  });

  it('serves attachments sandboxed, so an uploaded file opened directly can run nothing', async () => {
    const headers = await t.loginAs('th.regulator');
    const { tianheCatering } = await findPlaces(t.database);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('255044462d312e340a', 'hex')], { type: 'application/pdf' }), 'scan.pdf');
    const uploaded = await t.app.inject({ method: 'POST', url: `/api/subjects/${tianheCatering.id}/attachments`, headers, payload: form });
    expect(uploaded.statusCode).toBe(201);
    const file = await t.app.inject({ url: `/api/subjects/${tianheCatering.id}/attachments/${uploaded.json().id}`, headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });
});
