import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserCity, startBrowserCity } from '../support/browser-city.ts';
import {
  PHONE,
  type PageCheck,
  type PageWeight,
  appPageChecks,
  budgetMisses,
  formatPageWeights,
  measurePage,
  publicPageChecks,
} from '../support/page-weight.ts';

let target: BrowserCity;
const measured: PageWeight[] = [];

beforeAll(async () => {
  target = await startBrowserCity();
});
afterAll(async () => {
  if (measured.length > 0) console.log(`page weight under Slow 4G\n${formatPageWeights(measured).join('\n')}`);
  await target?.close();
});

async function measureAll(checks: PageCheck[]) {
  const weights: PageWeight[] = [];
  for (const check of checks) weights.push(await measurePage(target, check));
  measured.push(...weights);
  return weights;
}

describe('pages a phone opens from a QR code', () => {
  it('arrive in one small answer and show within 1.5 s on Slow 4G, and again from a 304', { timeout: 120_000 }, async () => {
    const weights = await measureAll(publicPageChecks(target.city));
    expect(budgetMisses(weights)).toEqual([]);
    for (const { check, cold, warm } of weights) {
      expect(cold.errors, check.name).toEqual([]);
      expect(cold.transfers.map((t) => new URL(t.url).pathname)).toEqual([check.path]);
      // Revalidated: a 304's headers, no body (Chromium reports the cached answer's 200 to the page).
      expect(warm.transfers.length).toBe(1);
      expect(warm.bytes).toBeLessThan(1024);
    }
  });

  it('read the same with JavaScript off, and switch language by a plain link', async () => {
    const context = await target.browser.newContext({ ...PHONE, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    for (const check of publicPageChecks(target.city)) {
      await page.goto(`${target.baseUrl}${check.path}`);
      await check.ready(page);
      await page.getByRole('status').waitFor();
      await page.getByRole('link', { name: 'EN' }).click();
      await page.waitForURL('**?lang=en');
      await page.getByText('Shian · ').first().waitFor();
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect(width, check.name).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});

describe('the web app’s first load, per role', () => {
  it(
    'stays within each budget, and a second visit takes every hashed asset from the cache (budgetMisses says so)',
    { timeout: 300_000 },
    async () => {
      const weights = await measureAll(appPageChecks());
      expect(budgetMisses(weights)).toEqual([]);
      for (const { check, cold } of weights) expect(cold.errors, check.name).toEqual([]);
    },
  );
});
