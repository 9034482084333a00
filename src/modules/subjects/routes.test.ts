import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { findPlaces, type Places } from '../../../test/support/fixtures.ts';
import { platformAudit, recordAudit } from '../../kernel/audit-tables.ts';
import { subjectLicences, subjects } from './tables.ts';

let t: TestApp;
let places: Places;
let headers: { cookie: string; 'accept-language': string };
beforeAll(async () => {
  t = await buildTestApp();
  places = await findPlaces(t.database);
  headers = await t.loginAs('th.regulator');
});
afterAll(() => t.close());

const validRestaurant = {
  kind: 'catering',
  category: 'restaurant',
  name: '粤香茶餐厅（石牌店）',
  creditCode: '91440106MA5D8K2X1L',
  divisionCode: '440106',
  address: '广州市天河区天河路100号',
  legalRepresentative: '陈明',
  legalRepresentativeIdNumber: '440106198001011234',
  contacts: [{ name: '陈明', role: '负责人', phone: '13800138000' }],
  licences: [{ kind: 'food_business', number: 'JY24401060000123', issuedOn: '2024-03-01', expiresOn: '2029-02-28' }],
};

async function rowCounts() {
  const [[s], [l], [a], [p]] = await Promise.all([
    t.database.db.select({ n: count() }).from(subjects),
    t.database.db.select({ n: count() }).from(subjectLicences),
    t.database.db.select({ n: count() }).from(recordAudit),
    t.database.db.select({ n: count() }).from(platformAudit),
  ]);
  return { subjects: s!.n, licences: l!.n, audit: a!.n, platformAudit: p!.n };
}

/** Fixes a valid credit code for the body above (its last character is computed, not typed). */
import { creditCodeCheckCharacter } from './credit-code.ts';
validRestaurant.creditCode = validRestaurant.creditCode.slice(0, 17) + creditCodeCheckCharacter(validRestaurant.creditCode);

describe('bad input is refused with the field and the reason, and writes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a malformed credit code', { creditCode: '91440106MA5D8K2X' }, 'creditCode', /18 characters/],
    [
      'a wrong check character',
      { creditCode: `${validRestaurant.creditCode.slice(0, 17)}${validRestaurant.creditCode[17] === '0' ? '1' : '0'}` },
      'creditCode',
      /check character is wrong/,
    ],
    [
      'a licence number of the wrong form',
      { licences: [{ ...validRestaurant.licences[0], number: 'JY2440106000012' }] },
      'licences/0/number',
      /JY followed by 14 digits/,
    ],
    [
      'a production licence given as a business licence',
      { licences: [{ ...validRestaurant.licences[0], number: 'SC10144010600011' }] },
      'licences/0/number',
      /JY followed by 14 digits/,
    ],
    [
      'expiry before issue',
      { licences: [{ ...validRestaurant.licences[0], expiresOn: '2024-02-28' }] },
      'licences/0/expiresOn',
      /before the issue date/,
    ],
    ['an impossible date', { licences: [{ ...validRestaurant.licences[0], issuedOn: '2024-02-30' }] }, 'licences/0/issuedOn', /date/],
    ['an unknown division code', { divisionCode: '440199' }, 'divisionCode', /unknown division code 440199/],
    ['a malformed division code', { divisionCode: '4401' }, 'divisionCode', /six-digit/],
    ['a merchant without a market', { kind: 'merchant', category: 'stall', licences: [] }, 'marketId', /belongs to a market/],
    ['a category of another kind', { category: 'stall' }, 'category', /catering is one of/],
    ['a duplicate credit code', { creditCode: null }, 'creditCode', /already has this credit code/],
    ['an unknown field', { colour: 'red' }, 'colour', /not a known field/],
    ['a missing name', { name: undefined }, 'name', /required/],
  ];

  it.each(cases)('%s', async (_label, change, path, reason) => {
    const payload: Record<string, unknown> = { ...validRestaurant, ...change };
    if (_label === 'a duplicate credit code') payload.creditCode = places.baiyunMarket.creditCode;
    if ('name' in change && change.name === undefined) delete payload.name;
    const before = await rowCounts();
    const response = await t.app.inject({ method: 'POST', url: '/api/subjects', headers, payload });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toContainEqual({ path, reason: expect.stringMatching(reason) });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers in Chinese unless English is asked for', async () => {
    const payload = { ...validRestaurant, licences: [{ ...validRestaurant.licences[0], expiresOn: '2024-02-28' }] };
    const zh = await t.app.inject({ method: 'POST', url: '/api/subjects', headers: { cookie: headers.cookie }, payload });
    expect(zh.json().error.fields).toEqual([{ path: 'licences/0/expiresOn', reason: '有效期至不能早于发证日期' }]);
    expect(zh.json().error.message).toBe('licences/0/expiresOn: 有效期至不能早于发证日期');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers: { cookie: headers.cookie },
      payload: { kind: 'catering' },
    });
    expect(missing.json().error.fields).toContainEqual({ path: 'name', reason: '必填' });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers: { cookie: headers.cookie, 'accept-language': 'en-GB,en;q=0.9' },
      payload,
    });
    expect(en.json().error.fields).toEqual([{ path: 'licences/0/expiresOn', reason: 'the expiry date is before the issue date' }]);
  });

  it('lists every problem of a form at once', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers,
      payload: {
        ...validRestaurant,
        creditCode: 'X',
        divisionCode: '999999',
        licences: [{ ...validRestaurant.licences[0], expiresOn: '2020-01-01' }],
      },
    });
    expect(
      response
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['creditCode', 'divisionCode', 'licences/0/expiresOn']);
  });

  it('refuses a body over 1 MB', async () => {
    const before = await rowCounts();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers,
      payload: { ...validRestaurant, address: 'x'.repeat(1024 * 1024 + 10) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'body_too_large', fields: [{ path: 'body' }] });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a wrong content type', async () => {
    const before = await rowCounts();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: JSON.stringify(validRestaurant),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'unsupported_media_type', fields: [{ path: 'content-type' }] });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a stall placed in another division than its market', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers: await t.loginAs('gz.regulator'),
      payload: {
        kind: 'merchant',
        category: 'stall',
        name: '错位档',
        address: '某处',
        divisionCode: '440111',
        marketId: places.tianheMarket.id,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toContainEqual({
      path: 'divisionCode',
      reason: expect.stringMatching(/its market’s division \(440106\)/),
    });
  });
});

describe('a subject’s file', () => {
  let created: { id: string; fileNo: string; version: number };

  it('opens with a file number, its licences and an audited creation', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/subjects', headers, payload: validRestaurant });
    expect(response.statusCode).toBe(201);
    created = response.json();
    expect(created.fileNo).toMatch(/^440106C\d{6}$/);
    expect(response.json()).toMatchObject({
      name: validRestaurant.name,
      divisionName: '天河区',
      licenceStatus: 'valid',
      licences: [{ kind: 'food_business', number: 'JY24401060000123', status: 'valid' }],
      publicUrl: `http://shian.test/p/${created.fileNo}`,
      version: 2,
    });
    const history = await t.app.inject({ url: `/api/subjects/${created.id}/history`, headers });
    const actions = history.json().items.map((e: { action: string }) => e.action);
    expect(actions.sort()).toEqual(['licence.create', 'subject.create']);
    const entry = history.json().items.find((e: { action: string }) => e.action === 'subject.create');
    expect(entry.actor).toMatchObject({ name: '天河区市场监管局', role: 'regulator' });
    expect(entry.requestId).toBeTruthy();
    expect(entry.changes).toContainEqual({ field: 'name', before: null, after: validRestaurant.name });
    // Identity numbers are masked in the history.
    expect(entry.changes).toContainEqual({ field: 'legalRepresentativeIdNumber', before: null, after: '4401**********1234' });
  });

  it('finds it by name, file number, credit code and licence number', async () => {
    for (const q of ['粤香茶餐厅', created.fileNo, validRestaurant.creditCode.toLowerCase(), 'JY24401060000123']) {
      const response = await t.app.inject({ url: `/api/subjects?q=${encodeURIComponent(q)}`, headers });
      expect(
        response.json().items.map((s: { id: string }) => s.id),
        q,
      ).toContain(created.id);
    }
  });

  it('records who changed what, and refuses a stale version with 409', async () => {
    const update = await t.app.inject({
      method: 'PATCH',
      url: `/api/subjects/${created.id}`,
      headers,
      payload: { version: created.version, name: '粤香茶餐厅（天河店）' },
    });
    expect(update.statusCode).toBe(200);
    expect(update.json().version).toBe(created.version + 1);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/subjects/${created.id}`,
      headers,
      payload: { version: created.version, name: '别的名字' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const history = await t.app.inject({ url: `/api/subjects/${created.id}/history`, headers });
    expect(history.json().items[0]).toMatchObject({
      action: 'subject.update',
      changes: [{ field: 'name', before: '粤香茶餐厅（石牌店）', after: '粤香茶餐厅（天河店）' }],
    });
  });

  it('tracks licence status as licences are added, renewed and removed', async () => {
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/subjects/${created.id}/licences`,
      headers,
      payload: { kind: 'health_certificate', number: 'JK-001', issuedOn: '2025-12-01', expiresOn: '2026-12-01' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().status).toBe('expiring');
    let view = (await t.app.inject({ url: `/api/subjects/${created.id}`, headers })).json();
    expect(view.licenceStatus).toBe('expiring');

    const renewed = await t.app.inject({
      method: 'PATCH',
      url: `/api/subjects/${created.id}/licences/${added.json().id}`,
      headers,
      payload: { kind: 'health_certificate', number: 'JK-001', issuedOn: '2026-11-20', expiresOn: '2027-11-19' },
    });
    expect(renewed.json().status).toBe('valid');
    view = (await t.app.inject({ url: `/api/subjects/${created.id}`, headers })).json();
    expect(view.licenceStatus).toBe('valid');

    const expiring = await t.app.inject({ url: '/api/subjects?licenceStatus=expiring&pageSize=200', headers });
    expect(expiring.json().items.map((s: { id: string }) => s.id)).not.toContain(created.id);

    const removed = await t.app.inject({ method: 'DELETE', url: `/api/subjects/${created.id}/licences/${added.json().id}`, headers });
    expect(removed.statusCode).toBe(204);
    const history = await t.app.inject({ url: `/api/subjects/${created.id}/history`, headers });
    expect(history.json().items[0]).toMatchObject({
      action: 'licence.delete',
      changes: expect.arrayContaining([{ field: 'number', before: 'JK-001', after: null }]),
    });
  });

  it('filters by licence status consistently with the dates', async () => {
    for (const status of ['expired', 'expiring', 'valid', 'none'] as const) {
      const response = await t.app.inject({ url: `/api/subjects?licenceStatus=${status}&pageSize=50`, headers });
      expect(response.statusCode).toBe(200);
      for (const item of response.json().items) expect(item.licenceStatus).toBe(status);
    }
  });

  it('stores attachments checked by their bytes, and serves them back', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), '营业执照.png');
    const uploaded = await t.app.inject({ method: 'POST', url: `/api/subjects/${created.id}/attachments`, headers, payload: form });
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ filename: '营业执照.png', contentType: 'image/png', size: png.length });
    const download = await t.app.inject({ url: `/api/subjects/${created.id}/attachments/${uploaded.json().id}`, headers });
    expect(download.rawPayload.equals(png)).toBe(true);

    const fake = new FormData();
    fake.append('file', new Blob(['not an image'], { type: 'image/png' }), 'fake.png');
    const refused = await t.app.inject({ method: 'POST', url: `/api/subjects/${created.id}/attachments`, headers, payload: fake });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: 'file', reason: 'only JPEG, PNG and PDF files are accepted' }]);
  });

  it('has a QR code that encodes its public page', async () => {
    const svg = await t.app.inject({ url: `/api/subjects/${created.id}/qr.svg`, headers });
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body).toMatch(/^<svg/);
    const png = await t.app.inject({ url: `/api/public/subjects/${created.fileNo}/qr.png` });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 4).toString('hex')).toBe('89504e47');
  });
});

describe('the public page behind the QR code', () => {
  it('shows name, market, stall and licence status without private data, to anyone', async () => {
    const response = await t.app.inject({ url: `/api/public/subjects/${places.ownStall.fileNo}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      fileNo: places.ownStall.fileNo,
      name: places.ownStall.name,
      marketName: places.tianheMarket.name,
      stallNo: places.ownStall.stallNo,
    });
    expect(['valid', 'expiring', 'expired', 'none']).toContain(body.licenceStatus);
    const text = JSON.stringify(body);
    expect(text).not.toContain(places.ownStall.legalRepresentativeIdNumber!);
    expect(text).not.toContain(places.ownStall.contacts[0]!.phone);
    expect(body.licences.some((l: { kind: string }) => l.kind === 'health_certificate')).toBe(false);
  });

  it('answers 404 for an unknown or malformed file number', async () => {
    expect((await t.app.inject({ url: '/api/public/subjects/440106S999999' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/public/subjects/DROP%20TABLE' })).statusCode).toBe(404);
  });
});

describe('dashboard counts', () => {
  it('add up to the scoped total', async () => {
    const stats = (await t.app.inject({ url: '/api/subjects/stats', headers })).json();
    const list = (await t.app.inject({ url: '/api/subjects', headers })).json();
    const sum = (rows: Array<{ count: number }>) => rows.reduce((s, r) => s + r.count, 0);
    expect(sum(stats.byKind)).toBe(list.total);
    expect(sum(stats.byLicenceStatus)).toBe(list.total);
    expect(stats.byDivision).toEqual([{ divisionCode: '440106', divisionName: '天河区', count: list.total }]);
  });
});

describe('moving a market', () => {
  it('is refused while it has stalls, which stay registered in its division', async () => {
    const admin = await t.loginAs('admin');
    const market = (await t.app.inject({ url: `/api/subjects/${places.tianheMarket.id}`, headers: admin })).json();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/subjects/${market.id}`,
      headers: admin,
      payload: { version: market.version, divisionCode: '440111' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([{ path: 'divisionCode', reason: expect.stringMatching(/stalls/) }]);
  });
});

describe('an optional credit code', () => {
  it('left empty or blank is no code at all, on create and on update', async () => {
    const { licences: _licences, ...withoutLicences } = validRestaurant;
    const ids: string[] = [];
    for (const creditCode of ['', '   ']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/subjects',
        headers,
        payload: { ...withoutLicences, name: `无代码小店${ids.length}`, creditCode },
      });
      expect(response.statusCode, JSON.stringify(creditCode)).toBe(201);
      expect(response.json().creditCode).toBeNull();
      ids.push(response.json().id);
    }
    const view = (await t.app.inject({ url: `/api/subjects/${ids[0]}`, headers })).json();
    const update = await t.app.inject({
      method: 'PATCH',
      url: `/api/subjects/${ids[0]}`,
      headers,
      payload: { version: view.version, creditCode: ' \t ' },
    });
    expect(update.statusCode).toBe(200);
    expect(update.json().creditCode).toBeNull();
  });
});
