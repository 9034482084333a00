import { describe, expect, it } from 'vitest';
import { ConfigError, type Machine, lanAddressOf, loadConfig } from './config.ts';

/** A laptop on Wi-Fi, output not to a terminal: loopback, then a wireless card listing its IPv6 address first. */
const laptop: Machine = {
  stdoutIsTerminal: false,
  networkInterfaces: {
    lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
    wlan0: [
      {
        address: 'fe80::1',
        netmask: 'ffff:ffff:ffff:ffff::',
        family: 'IPv6',
        mac: '02:00:00:00:00:01',
        internal: false,
        cidr: 'fe80::1/64',
        scopeid: 3,
      },
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
const terminal: Machine = { ...laptop, stdoutIsTerminal: true };

describe('configuration', () => {
  it('has working defaults: the embedded database in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad variable with its fix', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x@y/z', LOG_LEVEL: 'loud', SECURE_COOKIES: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems[0]).toMatch(/PORT=eighty is not a whole number/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL must start with postgres:\/\//);
    }
  });

  it('on HOST=0.0.0.0, points QR codes at the LAN address so a phone on the same network can open them', () => {
    const config = loadConfig({ HOST: '0.0.0.0' }, laptop);
    expect(config.lanAddress).toBe('192.168.1.23');
    expect(config.publicUrl).toBe('http://192.168.1.23:3000');
    expect(loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'https://shian.example.org/' }, laptop).publicUrl).toBe('https://shian.example.org');
  });

  it('on loopback or without a network, keeps the URL the machine itself can open', () => {
    expect(loadConfig({}, laptop)).toMatchObject({ lanAddress: null, publicUrl: 'http://127.0.0.1:3000' });
    expect(loadConfig({ HOST: '::1', PORT: '8080' }, laptop).publicUrl).toBe('http://[::1]:8080');
    const offline = { ...laptop, networkInterfaces: { lo: laptop.networkInterfaces.lo } };
    expect(loadConfig({ HOST: '0.0.0.0' }, offline)).toMatchObject({ lanAddress: null, publicUrl: 'http://localhost:3000' });
    expect(lanAddressOf({})).toBeNull();
  });

  it('logs pretty lines in a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(loadConfig({}, terminal).logFormat).toBe('pretty');
    expect(loadConfig({}, laptop).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, terminal).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }, laptop).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' }, laptop)).toThrow('LOG_FORMAT=xml must be one of pretty, json');
  });

  it('reads NODE_ENV=production and SERVE_WEB', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, laptop).isProduction).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }, laptop)).toMatchObject({ isProduction: false, serveWeb: true });
    expect(loadConfig({ SERVE_WEB: 'false' }, laptop).serveWeb).toBe(false);
  });
});
