import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { DemoCity } from '../../src/demo/city.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import type { BrowserCity } from './browser-city.ts';

/** Chromium's "Slow 4G" as the budgets are set against it: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, each × 0.9. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESK: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

/** One page whose weight has a budget. */
export interface PageCheck {
  name: string;
  path: string;
  /** A demo account signed in (through the API, so no app code loads) before the first visit. */
  username?: string;
  device: BrowserContextOptions;
  /** Bytes on the wire for a cold load. */
  maxBytes: number;
  /** Milliseconds from navigation to content under SLOW_4G, where the page has a target. */
  maxMs?: number;
  /** Resolves once the page shows what it is for. */
  ready: (page: Page) => Promise<unknown>;
}

export interface Transfer {
  url: string;
  status: number;
  /** Encoded bytes received, headers included; 0 when answered from the browser's cache. */
  bytes: number;
  fromCache: boolean;
}

export interface Visit {
  bytes: number;
  ms: number;
  transfers: Transfer[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

export interface PageWeight {
  check: PageCheck;
  cold: Visit;
  /** A second visit in the same browser: what the cache did not already hold. */
  warm: Visit;
}

/** The pages anyone opens without signing in, from a QR code on a phone; every later public page joins this list. */
export function publicPageChecks(city: DemoCity): PageCheck[] {
  const stall = stallWithMostLicences(city);
  return [
    {
      name: 'public stall page',
      path: `/p/${stall.fileNo}`,
      device: PHONE,
      maxBytes: 100 * 1024,
      maxMs: 1500,
      ready: (page) => page.getByTestId('public-page').getByText(stall.name).first().waitFor(),
    },
  ];
}

/** The sign-in page and each role's home page, on the device that role uses. */
export function appPageChecks(): PageCheck[] {
  const dashboard = (page: Page) => page.locator('canvas').first().waitFor();
  const official = (username: string): PageCheck => ({
    name: `${username} dashboard`,
    path: '/',
    username,
    device: DESK,
    maxBytes: 1024 * 1024,
    ready: dashboard,
  });
  return [
    {
      name: 'login page',
      path: '/login',
      device: PHONE,
      maxBytes: 250 * 1024,
      ready: (page) => page.getByTestId('login-submit').waitFor(),
    },
    official('admin'),
    official('gz.regulator'),
    official('th.inspector'),
    {
      name: 'market.operator home',
      path: '/',
      username: 'market.operator',
      device: PHONE,
      maxBytes: 600 * 1024,
      ready: (page) => page.locator('a[href*="marketId="]').first().waitFor(),
    },
    {
      name: 'stall.merchant home',
      path: '/',
      username: 'stall.merchant',
      device: PHONE,
      maxBytes: 600 * 1024,
      ready: (page) => page.getByTestId('public-page-link').waitFor(),
    },
  ];
}

function stallWithMostLicences(city: DemoCity) {
  const stalls = city.subjects.filter((s) => s.kind === 'merchant');
  return stalls.reduce((best, s) => (s.licenceCount > best.licenceCount ? s : best), stalls[0]!);
}

/** Loads `check` cold in a fresh browser context, then again from the same cache, both under SLOW_4G. */
export async function measurePage(target: BrowserCity, check: PageCheck): Promise<PageWeight> {
  const context = await target.browser.newContext({ ...check.device, locale: 'zh-CN' });
  try {
    if (check.username) {
      const login = await context.request.post(`${target.baseUrl}/api/auth/login`, {
        data: { username: check.username, password: DEMO_PASSWORD },
      });
      if (!login.ok()) throw new Error(`sign-in as ${check.username} answered ${login.status()}`);
    }
    const cold = await visit(context, `${target.baseUrl}${check.path}`, check.ready);
    const warm = await visit(context, `${target.baseUrl}${check.path}`, check.ready);
    return { check, cold, warm };
  } finally {
    await context.close();
  }
}

async function visit(context: BrowserContext, url: string, ready: PageCheck['ready']): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  const transfers = new Map<string, Transfer>();
  const transferOf = (id: string) => {
    const known = transfers.get(id) ?? { url: '', status: 0, bytes: 0, fromCache: false };
    transfers.set(id, known);
    return known;
  };
  cdp.on('Network.requestWillBeSent', (event) => void (transferOf(event.requestId).url = event.request.url));
  cdp.on('Network.requestServedFromCache', (event) => void (transferOf(event.requestId).fromCache = true));
  cdp.on('Network.responseReceived', (event) => {
    const transfer = transferOf(event.requestId);
    transfer.status = event.response.status;
    if (event.response.fromDiskCache || event.response.fromPrefetchCache) transfer.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (event) => void (transferOf(event.requestId).bytes = event.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);

  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await page.close();
  const all = [...transfers.values()].filter((t) => t.url.startsWith('http'));
  return { bytes: all.reduce((sum, t) => sum + t.bytes, 0), ms, transfers: all, errors };
}

/** Hashed assets the second visit fetched again instead of taking from the cache. */
export const refetchedAssets = (weight: PageWeight) =>
  weight.warm.transfers.filter((t) => new URL(t.url).pathname.startsWith('/assets/') && !t.fromCache && t.bytes > 0);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (value: number, target: number | undefined) => (target === undefined ? '' : value <= target ? ' ✓' : ' ✗');

/** One line per page: bytes and time to content against their targets, then what the second visit fetched. */
export function formatPageWeights(weights: PageWeight[]): string[] {
  const lines = [
    `${'page'.padEnd(24)}${'cold bytes / target'.padEnd(28)}${'req'.padStart(4)}  ${'to content / target'.padEnd(22)}second visit`,
  ];
  for (const { check, cold, warm } of weights) {
    const bytes = `${kb(cold.bytes)} / ≤ ${kb(check.maxBytes)}${verdict(cold.bytes, check.maxBytes)}`;
    const time = `${(cold.ms / 1000).toFixed(2)} s / ${check.maxMs ? `≤ ${check.maxMs / 1000} s` : '—'}${verdict(cold.ms, check.maxMs)}`;
    const fetched = warm.transfers.filter((t) => !t.fromCache && t.bytes > 0);
    const second = `${kb(warm.bytes)} in ${fetched.length} req, ${(warm.ms / 1000).toFixed(2)} s`;
    lines.push(`${check.name.padEnd(24)}${bytes.padEnd(28)}${String(cold.transfers.length).padStart(4)}  ${time.padEnd(22)}${second}`);
  }
  return lines;
}

/** Each budget a page missed, in words; empty when all are met. */
export function budgetMisses(weights: PageWeight[]): string[] {
  return weights.flatMap(({ check, cold, ...weight }) => [
    ...(cold.bytes > check.maxBytes ? [`${check.name}: ${kb(cold.bytes)} > ${kb(check.maxBytes)}`] : []),
    ...(check.maxMs !== undefined && cold.ms > check.maxMs ? [`${check.name}: ${Math.round(cold.ms)} ms > ${check.maxMs} ms`] : []),
    ...refetchedAssets({ check, cold, ...weight }).map((t) => `${check.name}: second visit fetched ${t.url} again`),
  ]);
}
