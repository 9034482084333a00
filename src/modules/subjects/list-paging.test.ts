import { and, asc, between, eq, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { TEST_CITY } from '../../../test/support/template.ts';
import { SUBJECT_LIST_COUNT_CAP } from './contract.ts';
import { subjectLicenceStatus } from './licence-status.ts';
import { searchSubjects, type SubjectListPosition } from './queries.ts';
import { subjects } from './tables.ts';

type Headers = { cookie: string; 'accept-language': string };
let t: TestApp;
let tianhe: Headers;
let guangzhou: Headers;
beforeAll(async () => {
  t = await buildTestApp();
  tianhe = await t.loginAs('th.regulator');
  guangzhou = await t.loginAs('gz.regulator');
});
afterAll(() => t.close());

const inTianhe = eq(subjects.divisionCode, '440106');
const inGuangzhou = between(subjects.divisionCode, '440100', '440199');

/** The subjects of a scope straight from the table, in the list's order: what the pages must add up to. */
async function idsInOrder(where: SQL | undefined) {
  const rows = await t.database.db
    .select({ id: subjects.id })
    .from(subjects)
    .where(where)
    .orderBy(asc(subjects.divisionCode), asc(subjects.fileNo));
  return rows.map((r) => r.id);
}

/** Follows `next` from the first page to the last, collecting the ids in the order they come. */
async function walk(url: string, headers: Headers) {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const pageUrl: string = after ? `${url}&after=${encodeURIComponent(after)}` : url;
    const response = await t.app.inject({ url: pageUrl, headers });
    expect(response.statusCode, response.body).toBe(200);
    const body: { items: Array<{ id: string }>; next: string | null } = response.json();
    ids.push(...body.items.map((s) => s.id));
    after = body.next;
    pages += 1;
    expect(pages).toBeLessThan(200);
  } while (after);
  return { ids, pages };
}

describe('keyset pages', () => {
  it('visit every subject of a district exactly once, in order', async () => {
    const expected = await idsInOrder(inTianhe);
    expect(expected.length).toBeGreaterThan(3 * 7);
    const { ids, pages } = await walk('/api/subjects?pageSize=7', tianhe);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it('visit every subject of a city, across its districts, exactly once, in order', async () => {
    const districts = await t.database.db.selectDistinct({ code: subjects.divisionCode }).from(subjects).where(inGuangzhou);
    expect(districts.length).toBeGreaterThan(1);
    const { ids } = await walk('/api/subjects?pageSize=40', guangzhou);
    expect(ids).toEqual(await idsInOrder(inGuangzhou));
  });

  it('keep the filters', async () => {
    const expected = await idsInOrder(and(inTianhe, eq(subjects.kind, 'merchant')));
    const { ids } = await walk('/api/subjects?kind=merchant&pageSize=5', tianhe);
    expect(ids).toEqual(expected);
  });

  it('end on a full last page with no next', async () => {
    const expected = await idsInOrder(inTianhe);
    const body = (await t.app.inject({ url: `/api/subjects?pageSize=${expected.length}`, headers: tianhe })).json();
    expect(body.items).toHaveLength(expected.length);
    expect(body.next).toBeNull();
  });

  it('continue where a numbered page ends', async () => {
    const first = (await t.app.inject({ url: '/api/subjects?pageSize=10', headers: tianhe })).json();
    const second = (await t.app.inject({ url: '/api/subjects?pageSize=10&page=2', headers: tianhe })).json();
    const after = (await t.app.inject({ url: `/api/subjects?pageSize=10&after=${first.next}`, headers: tianhe })).json();
    expect(after.items).toEqual(second.items);
    expect(after.next).toBe(second.next);
  });
});

describe('paging refused with 400', () => {
  let cursor: string;
  beforeAll(async () => {
    cursor = (await t.app.inject({ url: '/api/subjects?pageSize=5', headers: tianhe })).json().next;
  });

  it.each([
    ['not base64url', () => '!!!'],
    ['something else encoded', () => Buffer.from('hello').toString('base64url')],
    ['a file number without its division', () => Buffer.from('440106C000001').toString('base64url')],
    ['a cursor with a character added', () => `${cursor}*`],
    ['an empty cursor', () => ''],
  ])('a malformed cursor: %s', async (_label, make) => {
    const response = await t.app.inject({ url: `/api/subjects?after=${encodeURIComponent(make())}`, headers: tianhe });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'after', reason: expect.stringMatching(/not a cursor this list gave/) }],
    });
  });

  it('says why in Chinese unless English is asked for', async () => {
    const response = await t.app.inject({ url: '/api/subjects?after=bm9wZQ', headers: { cookie: tianhe.cookie } });
    expect(response.json().error.fields).toEqual([{ path: 'after', reason: expect.stringMatching(/游标/) }]);
  });

  it('a cursor with a page number', async () => {
    const response = await t.app.inject({ url: `/api/subjects?page=2&after=${cursor}`, headers: tianhe });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'page', reason: expect.stringMatching(/either page or after/) }]);
  });

  it('a numbered page that starts past the count, pointing to after', async () => {
    const lastPage = SUBJECT_LIST_COUNT_CAP / 20;
    expect((await t.app.inject({ url: `/api/subjects?page=${lastPage}`, headers: tianhe })).statusCode).toBe(200);
    const response = await t.app.inject({ url: `/api/subjects?page=${lastPage + 1}`, headers: tianhe });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'page', reason: expect.stringMatching(/go on with after/) }]);
  });
});

describe('the total', () => {
  const tianheScope = { type: 'division', code: '440106' } as const;
  const search = (countCap: number, page = 1) =>
    searchSubjects(t.database.db, tianheScope, { page, pageSize: 5, after: null, countCap }, TEST_CITY.asOf);

  it('is exact up to the cap and capped, said so, above it', async () => {
    const n = (await idsInOrder(inTianhe)).length;
    expect(await search(n + 1)).toMatchObject({ total: n, totalIsExact: true });
    expect(await search(n)).toMatchObject({ total: n, totalIsExact: true });
    expect(await search(n - 1)).toMatchObject({ total: n - 1, totalIsExact: false });
    expect(await search(3)).toMatchObject({ total: 3, totalIsExact: false });
  });

  it('comes exact from a last page, and from a page past the end, whatever the cap', async () => {
    const n = (await idsInOrder(inTianhe)).length;
    expect(await search(3, Math.ceil(n / 5))).toMatchObject({ total: n, totalIsExact: true });
    expect(await search(n + 1, Math.ceil(n / 5) + 1)).toMatchObject({ rows: [], total: n, totalIsExact: true });
  });

  it.each([
    ['few matches, sorted from their keys', 1000],
    ['more matches than the cap, walked in order', 3],
  ])('pages a name fragment with %s', async (_label, countCap) => {
    const fragment = '肉档';
    const rows = await t.database.db.select().from(subjects).where(inTianhe).orderBy(asc(subjects.divisionCode), asc(subjects.fileNo));
    const expected = rows.filter((r) => r.name.includes(fragment)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(countCap === 3 ? 6 : 0);
    const pageOf = (page: number, after: SubjectListPosition | null) =>
      searchSubjects(t.database.db, tianheScope, { q: fragment, page, pageSize: 2, after, countCap }, TEST_CITY.asOf);
    const walked: string[] = [];
    let after: SubjectListPosition | null = null;
    do {
      const page = await pageOf(1, after);
      walked.push(...page.rows.map((r) => r.id));
      after = page.next;
    } while (after);
    expect(walked).toEqual(expected);
    const second = await pageOf(2, null);
    expect(second.rows.map((r) => r.id)).toEqual(expected.slice(2, 4));
    expect(second).toMatchObject({ total: Math.min(expected.length, countCap), totalIsExact: expected.length <= countCap });
  });

  it('counts a code’s match from a page past the end too', async () => {
    const [subject] = await t.database.db.select().from(subjects).where(inTianhe).limit(1);
    for (const page of [1, 2]) {
      const body = (await t.app.inject({ url: `/api/subjects?q=${subject!.fileNo}&page=${page}`, headers: tianhe })).json();
      expect(body).toMatchObject({ items: page === 1 ? [{ id: subject!.id }] : [], total: 1, totalIsExact: true, next: null });
    }
  });

  it('counts what each filter matches', async () => {
    const rows = await t.database.db.select().from(subjects).where(inTianhe);
    const expected: Array<[string, number]> = [
      ...(['valid', 'expiring', 'expired', 'none'] as const).map((status): [string, number] => [
        `licenceStatus=${status}`,
        rows.filter((r) => subjectLicenceStatus(r.licenceCount, r.nearestExpiry, TEST_CITY.asOf) === status).length,
      ]),
      ...['merchant', 'catering'].map((kind): [string, number] => [`kind=${kind}`, rows.filter((r) => r.kind === kind).length]),
      // Fragments of one, two and three characters, and a LIKE wildcard typed as text.
      ...['肉', '猪肉', '猪肉档', '%', 'zz'].map((q): [string, number] => [
        `q=${encodeURIComponent(q)}`,
        rows.filter((r) => r.name.toLowerCase().includes(q)).length,
      ]),
    ];
    expect(expected.filter(([, n]) => n > 5).length).toBeGreaterThan(4);
    for (const [filter, n] of expected) {
      const body = (await t.app.inject({ url: `/api/subjects?${filter}&pageSize=5`, headers: tianhe })).json();
      expect({ filter, total: body.total, totalIsExact: body.totalIsExact }).toEqual({ filter, total: n, totalIsExact: true });
    }
  });
});
