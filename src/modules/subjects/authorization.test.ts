import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoUser, buildTestApp, type TestApp } from '../../../test/support/app.ts';
import { findPlaces, type Places } from '../../../test/support/fixtures.ts';

let t: TestApp;
let places: Places;
beforeAll(async () => {
  t = await buildTestApp();
  places = await findPlaces(t.database);
});
afterAll(() => t.close());

type Place = keyof Places;
const PLACES: Place[] = ['tianheMarket', 'ownStall', 'neighbourStall', 'tianheCatering', 'baiyunMarket', 'outOfTown'];

/** Who sees which subject: everything else answers 404, as if it did not exist. */
const VISIBLE: Record<DemoUser, Place[]> = {
  admin: PLACES,
  'gz.regulator': ['tianheMarket', 'ownStall', 'neighbourStall', 'tianheCatering', 'baiyunMarket'],
  'th.regulator': ['tianheMarket', 'ownStall', 'neighbourStall', 'tianheCatering'],
  'th.inspector': ['tianheMarket', 'ownStall', 'neighbourStall', 'tianheCatering'],
  'market.operator': ['tianheMarket', 'ownStall', 'neighbourStall'],
  'stall.merchant': ['ownStall'],
};

/** Who may change a subject's identity fields (name, address …), among what they see; the rest answer 403. */
const MAY_UPDATE: Record<DemoUser, Place[]> = {
  admin: PLACES,
  'gz.regulator': VISIBLE['gz.regulator'],
  'th.regulator': VISIBLE['th.regulator'],
  'th.inspector': [],
  'market.operator': ['ownStall', 'neighbourStall'],
  'stall.merchant': [],
};

/** Who may change contacts only. */
const MAY_UPDATE_CONTACTS: Record<DemoUser, Place[]> = {
  ...MAY_UPDATE,
  'market.operator': ['tianheMarket', 'ownStall', 'neighbourStall'],
  'stall.merchant': ['ownStall'],
};

/** Who may add licences. */
const MAY_WRITE_LICENCES: Record<DemoUser, Place[]> = {
  ...MAY_UPDATE,
  'stall.merchant': ['ownStall'],
};

/** Who may upload scans and photos: those who may write licences, and inspectors in their district. */
const MAY_WRITE_ATTACHMENTS: Record<DemoUser, Place[]> = {
  ...MAY_WRITE_LICENCES,
  'th.inspector': VISIBLE['th.inspector'],
};

const PDF = Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const USERS = Object.keys(VISIBLE) as DemoUser[];
const expectedStatus = (allowed: boolean, visible: boolean, okStatus: number) => (!visible ? 404 : allowed ? okStatus : 403);

describe('subject authorization: role × action × scope', () => {
  for (const user of USERS) {
    for (const place of PLACES) {
      const visible = VISIBLE[user].includes(place);

      it(`${user} ${visible ? 'reads' : 'cannot see'} ${place}`, async () => {
        const headers = await t.loginAs(user);
        const response = await t.app.inject({ url: `/api/subjects/${places[place].id}`, headers });
        expect(response.statusCode).toBe(visible ? 200 : 404);
        if (!visible) expect(response.json().error.code).toBe('not_found');
      });

      it(`${user} on ${place}: update identity, update contacts, add a licence, upload a scan, read the history`, async () => {
        const headers = await t.loginAs(user);
        const id = places[place].id;
        const current = await t.app.inject({ url: `/api/subjects/${id}`, headers: await t.loginAs('admin') });
        const version = current.json().version as number;

        const rename = await t.app.inject({
          method: 'PATCH',
          url: `/api/subjects/${id}`,
          headers,
          payload: { version, address: `${places[place].address}（复核）` },
        });
        expect(rename.statusCode).toBe(expectedStatus(MAY_UPDATE[user].includes(place), visible, 200));
        const view = rename.statusCode === 200 ? rename.json() : null;

        const contacts = await t.app.inject({
          method: 'PATCH',
          url: `/api/subjects/${id}`,
          headers,
          payload: { version: view?.version ?? version, contacts: [{ name: '王五', role: '食品安全管理员', phone: '13800138000' }] },
        });
        expect(contacts.statusCode).toBe(expectedStatus(MAY_UPDATE_CONTACTS[user].includes(place), visible, 200));

        const licence = await t.app.inject({
          method: 'POST',
          url: `/api/subjects/${id}/licences`,
          headers,
          payload: { kind: 'other', number: `T-${user}`, issuedOn: '2026-01-01', expiresOn: '2027-01-01' },
        });
        expect(licence.statusCode).toBe(expectedStatus(MAY_WRITE_LICENCES[user].includes(place), visible, 201));

        const form = new FormData();
        form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'licence.pdf');
        const upload = await t.app.inject({ method: 'POST', url: `/api/subjects/${id}/attachments`, headers, payload: form });
        expect(upload.statusCode).toBe(expectedStatus(MAY_WRITE_ATTACHMENTS[user].includes(place), visible, 201));

        const history = await t.app.inject({ url: `/api/subjects/${id}/history`, headers });
        expect(history.statusCode).toBe(visible ? 200 : 404);
      });
    }
  }

  it('says in each view what the viewer may do, so the web never re-derives it', async () => {
    const asMerchant = await t.app.inject({ url: `/api/subjects/${places.ownStall.id}`, headers: await t.loginAs('stall.merchant') });
    expect(asMerchant.json().abilities).toEqual({
      update: false,
      updateContacts: true,
      writeLicences: true,
      writeAttachments: true,
      viewHistory: true,
      viewMarket: false,
    });
    const asInspector = await t.app.inject({ url: `/api/subjects/${places.ownStall.id}`, headers: await t.loginAs('th.inspector') });
    expect(asInspector.json().abilities).toEqual({
      update: false,
      updateContacts: false,
      writeLicences: false,
      writeAttachments: true,
      viewHistory: true,
      viewMarket: true,
    });
  });

  it('shows identity numbers to regulators and the owner, not to the market operator', async () => {
    const id = places.neighbourStall.id;
    const asOperator = await t.app.inject({ url: `/api/subjects/${id}`, headers: await t.loginAs('market.operator') });
    expect(asOperator.json().legalRepresentativeIdNumber).toBeNull();
    const asRegulator = await t.app.inject({ url: `/api/subjects/${id}`, headers: await t.loginAs('th.regulator') });
    expect(asRegulator.json().legalRepresentativeIdNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('lets each role create only what its policy allows, where it allows', async () => {
    const base = { name: '测试餐厅', address: '广州市天河区测试路1号', category: 'restaurant', kind: 'catering' };
    const cases: Array<[DemoUser, string, number]> = [
      ['th.regulator', '440106', 201],
      ['th.regulator', '440111', 403],
      ['gz.regulator', '440111', 201],
      ['th.inspector', '440106', 403],
      ['market.operator', '440106', 403],
      ['stall.merchant', '440106', 403],
    ];
    for (const [user, divisionCode, status] of cases) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/subjects',
        headers: await t.loginAs(user),
        payload: { ...base, divisionCode },
      });
      expect(response.statusCode, `${user} in ${divisionCode}`).toBe(status);
    }
  });

  it('lets a market operator open stalls in their own market only', async () => {
    const headers = await t.loginAs('market.operator');
    const stall = { kind: 'merchant', category: 'stall', name: '新开蔬菜档', address: '市场内', divisionCode: '440106', stallNo: 'Z001' };
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers,
      payload: { ...stall, marketId: places.tianheMarket.id },
    });
    expect(own.statusCode).toBe(201);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/subjects',
      headers,
      payload: { ...stall, divisionCode: places.baiyunMarket.divisionCode, marketId: places.baiyunMarket.id },
    });
    // A market outside the operator's scope is not revealed: it is simply no such market.
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields).toEqual([{ path: 'marketId', reason: 'no such market' }]);
  });

  it('scopes lists: a district regulator sees only the district, a merchant only itself', async () => {
    const district = await t.app.inject({ url: '/api/subjects?pageSize=200', headers: await t.loginAs('th.regulator') });
    const items = district.json().items as Array<{ divisionCode: string }>;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s) => s.divisionCode === '440106')).toBe(true);

    const city = await t.app.inject({ url: '/api/subjects', headers: await t.loginAs('gz.regulator') });
    expect(city.json().total).toBeGreaterThan(district.json().total);

    const own = await t.app.inject({ url: '/api/subjects', headers: await t.loginAs('stall.merchant') });
    expect(own.json().items.map((s: { id: string }) => s.id)).toEqual([places.ownStall.id]);

    const outside = await t.app.inject({
      url: `/api/subjects?q=${encodeURIComponent(places.baiyunMarket.name)}`,
      headers: await t.loginAs('th.regulator'),
    });
    expect(outside.json().total).toBe(0);
  });

  it('keeps the history to those who may see the subject', async () => {
    const hidden = await t.app.inject({ url: `/api/subjects/${places.baiyunMarket.id}/history`, headers: await t.loginAs('th.regulator') });
    expect(hidden.statusCode).toBe(404);
    const shown = await t.app.inject({ url: `/api/subjects/${places.ownStall.id}/history`, headers: await t.loginAs('stall.merchant') });
    expect(shown.statusCode).toBe(200);
  });
});
