import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { findPlaces, type Places } from '../../../test/support/fixtures.ts';
import { squashMarkup } from '../../../test/support/markup.ts';

let t: TestApp;
let places: Places;
/** A restaurant whose name is an attack, with a phone, an ID number and a health certificate, none of which may show. */
let hostile: { id: string; fileNo: string; version: number };
const HOSTILE_NAME = `<script>alert("x")</script>&'餐厅`;

beforeAll(async () => {
  t = await buildTestApp();
  places = await findPlaces(t.database);
  const headers = await t.loginAs('th.regulator');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/subjects',
    headers,
    payload: {
      kind: 'catering',
      category: 'restaurant',
      name: HOSTILE_NAME,
      divisionCode: '440106',
      address: '广州市天河区天河路1号',
      legalRepresentative: '陈明',
      legalRepresentativeIdNumber: '440106198001011234',
      contacts: [{ name: '陈明', role: '负责人', phone: '13800138000' }],
      licences: [
        { kind: 'food_business', number: 'JY24401060000123', issuedOn: '2024-03-01', expiresOn: '2029-02-28' },
        { kind: 'health_certificate', number: 'JK-SECRET-1', issuedOn: '2026-01-01', expiresOn: '2027-01-01' },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  hostile = created.json();
});
afterAll(() => t.close());

const page = async (url: string, headers: Record<string, string> = {}) => {
  const response = await t.app.inject({ url, headers });
  return Object.assign(response, { markup: squashMarkup(response.body) });
};
const textOf = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the stall’s public page, as HTML from the server', () => {
  it('shows in Chinese by default what the QR code promises: name, status, where it trades, its licences', async () => {
    const response = await page(`/p/${places.ownStall.fileNo}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.markup).toMatch(/^<!doctype html><html lang="zh-CN">/);
    const text = textOf(response.body);
    expect(text).toContain(`食安 · 主体公示`);
    expect(text).toContain(places.ownStall.name);
    expect(text).toContain('市场经营户 / 摊位');
    expect(text).toContain(`${places.tianheMarket.name} · ${places.ownStall.stallNo}`);
    expect(text).toContain(places.ownStall.address);
    expect(text).toContain(places.ownStall.fileNo);
    expect(response.markup).toMatch(/class="banner" role="status" data-status="(valid|expiring|expired|none)"/);
    expect(response.body).not.toContain('<script');
  });

  it('lists each public licence with its kind, number, validity and status, and nothing private', async () => {
    const response = await page(`/p/${hostile.fileNo}`);
    const text = textOf(response.body);
    expect(text).toContain('食品经营许可证');
    expect(text).toContain('JY24401060000123');
    expect(text).toContain('2024-03-01 至 2029-02-28');
    expect(text).toMatch(/JY24401060000123 2024-03-01 至 2029-02-28/);
    expect(response.markup).toContain('<span class="tag green">有效</span>');
    for (const secret of ['JK-SECRET-1', '健康证明', '440106198001011234', '13800138000', '陈明']) expect(text).not.toContain(secret);
  });

  it('escapes the subject’s name, which is anyone’s input', async () => {
    const response = await page(`/p/${hostile.fileNo}`);
    expect(response.markup).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;餐厅</h1>');
    expect(response.markup).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;餐厅 · 主体公示</title>');
    expect(response.body).not.toContain(HOSTILE_NAME);
  });

  it('speaks English through its switch or the browser’s first language, with a link back', async () => {
    for (const response of [
      await page(`/p/${hostile.fileNo}?lang=en`),
      await page(`/p/${hostile.fileNo}`, { 'accept-language': 'en-GB,en;q=0.9' }),
    ]) {
      expect(response.markup).toContain('<html lang="en">');
      const text = textOf(response.body);
      expect(text).toContain('Shian · Public record');
      expect(text).toContain('Catering / Restaurant');
      expect(text).toContain('Food business licence');
      expect(text).toContain('2024-03-01 to 2029-02-28');
      expect(response.markup).toContain('<a href="?lang=zh" hreflang="zh-CN">中文</a>');
    }
    expect((await page(`/p/${hostile.fileNo}?lang=zh`, { 'accept-language': 'en' })).markup).toContain('<html lang="zh-CN">');
  });

  it('says when a business is suspended, and when it has no licences on record', async () => {
    const headers = await t.loginAs('th.regulator');
    const subject = (await t.app.inject({ url: `/api/subjects/${hostile.id}`, headers })).json();
    for (const licence of subject.licences) {
      await t.app.inject({ method: 'DELETE', url: `/api/subjects/${hostile.id}/licences/${licence.id}`, headers });
    }
    const fresh = (await t.app.inject({ url: `/api/subjects/${hostile.id}`, headers })).json();
    const update = await t.app.inject({
      method: 'PATCH',
      url: `/api/subjects/${hostile.id}`,
      headers,
      payload: { version: fresh.version, status: 'suspended' },
    });
    expect(update.statusCode, update.body).toBe(200);
    const text = textOf((await page(`/p/${hostile.fileNo}`)).body);
    expect(text).toContain('暂停经营');
    expect(text).toContain('无证照');
    expect(text).toContain('未登记证照');
  });

  it('answers an unknown or malformed file number with a 404 page that names it, escaped', async () => {
    const unknown = await page('/p/440106S999999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(textOf(unknown.body)).toContain('未找到该主体 档案号 440106S999999 不存在');
    const malformed = await page('/p/%3Cb%3Ex');
    expect(malformed.statusCode).toBe(404);
    expect(malformed.markup).toContain('档案号 &lt;b&gt;x 不存在');
  });

  it('runs and loads nothing, is revalidated by its ETag, and is compressed when the browser takes it', async () => {
    const url = `/p/${places.ownStall.fileNo}`;
    const first = await page(url, { 'accept-encoding': 'br, gzip' });
    expect(first.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toBe('accept-language, accept-encoding');
    const again = await page(url, { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
