import { prettyFactory } from 'pino-pretty';
import { describe, expect, it } from 'vitest';
import { PRETTY_OPTIONS, loggerOptions } from './logger.ts';

describe('the log format', () => {
  it('is JSON for programs, pretty for a terminal, and off when silent', () => {
    expect(loggerOptions({ logLevel: 'info', logFormat: 'json' })).toEqual({ level: 'info' });
    expect(loggerOptions({ logLevel: 'warn', logFormat: 'pretty' })).toMatchObject({ level: 'warn', stream: expect.anything() });
    expect(loggerOptions({ logLevel: 'silent', logFormat: 'pretty' })).toBe(false);
  });

  it('puts a request on one readable line: method and URL in, status and duration out', () => {
    const format = prettyFactory({ ...PRETTY_OPTIONS, colorize: false });
    const base = { level: 30, time: Date.UTC(2026, 10, 23, 4), pid: 1, hostname: 'laptop', reqId: 'r1' };
    const incoming = format({ ...base, req: { method: 'GET', url: '/api/subjects', remotePort: 51234 }, msg: 'incoming request' });
    const completed = format({ ...base, res: { statusCode: 200 }, responseTime: 12.4, msg: 'request completed' });
    expect(incoming).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: incoming request GET \/api\/subjects \{"reqId":"r1"\}\n$/);
    expect(completed).toMatch(/INFO: request completed 200 in 12 ms \{"reqId":"r1"\}\n$/);
    expect(incoming).not.toContain('laptop');
  });
});
