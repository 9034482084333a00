import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { type Machine, loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { renderQr } from '../modules/subjects/qr.ts';
import { buildApp } from '../server/app.ts';
import { cloneTemplateDatabase } from '../../test/support/database.ts';
import { findPlaces } from '../../test/support/fixtures.ts';

const onWifi: Machine = {
  stdoutIsTerminal: false,
  networkInterfaces: {
    wlan0: [
      {
        address: '192.168.1.23',
        netmask: '255.255.255.0',
        family: 'IPv4',
        mac: '02:00:00:00:00:01',
        internal: false,
        cidr: '192.168.1.23/24',
      },
    ],
  },
};

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await cloneTemplateDatabase();
  app = await buildApp({ config: loadConfig({ HOST: '0.0.0.0', LOG_LEVEL: 'silent' }, onWifi), db: database.db, webRoot: null });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the demo on HOST=0.0.0.0', () => {
  it('prints QR codes that a phone on the same network opens: they encode the LAN address', async () => {
    const { tianheMarket } = await findPlaces(database);
    const response = await app.inject({ url: `/api/public/subjects/${tianheMarket.fileNo}/qr.svg` });
    expect(response.statusCode).toBe(200);
    const expected = await renderQr(`http://192.168.1.23:3000/p/${encodeURIComponent(tianheMarket.fileNo)}`, 'svg');
    expect(response.body).toBe(expected.toString());
  });
});
