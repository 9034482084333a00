import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/support/app.ts';

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
