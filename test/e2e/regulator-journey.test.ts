import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoCity } from '../../src/demo/city.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { type BrowserCity, startBrowserCity } from '../support/browser-city.ts';

const SHOTS = path.resolve('test-output/e2e');

let world: BrowserCity;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;
let city: DemoCity;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  world = await startBrowserCity();
  ({ app, browser, baseUrl, city } = world);
});

afterAll(() => world?.close());

describe('a district regulator at work', () => {
  it('logs in, searches, opens a subject file, and opens its QR page at phone width', async () => {
    const target = city.subjects.find((s) => s.kind === 'merchant' && s.divisionCode === '440106')!;
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await desk.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Anything the Content-Security-Policy blocks is reported on the console.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
    });

    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('th.regulator');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.screenshot({ path: path.join(SHOTS, '1-login.png') });
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByText('天河区市场监管局').first().waitFor();
    await page.locator('canvas').first().waitFor(); // the dashboard's charts have drawn
    await page.screenshot({ path: path.join(SHOTS, '2-home.png') });
    expect(await page.title()).toMatch(/· 食安$/);

    await page.goto(`${baseUrl}/subjects`);
    // Each page has its own title.
    await expect.poll(() => page.title(), { timeout: 15_000 }).toBe('主体档案 · 食安');
    const search = page.getByTestId('subject-search');
    await search.fill(target.name);
    await search.press('Enter');
    const link = page.getByTestId('subject-link').filter({ hasText: target.name }).first();
    await link.waitFor();
    await page.screenshot({ path: path.join(SHOTS, '3-search.png') });

    await link.click();
    await page.waitForURL(`**/subjects/${target.id}`);
    await page.getByText(target.fileNo).first().waitFor();
    await page.getByText(target.creditCode).first().waitFor();
    // The history names the seed in words, not as the raw system actor ("cli:start").
    await page.getByText('演示数据').first().waitFor();
    expect(await page.getByText(/cli:|demo \(/).count()).toBe(0);
    await expect.poll(() => page.title(), { timeout: 15_000 }).toBe(`${target.name} · 食安`);
    await page.screenshot({ path: path.join(SHOTS, '4-subject-file.png'), fullPage: true });

    const publicHref = await page.getByTestId('public-page-link').getAttribute('href');
    expect(publicHref).toContain(`/p/${target.fileNo}`);
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const mobile = await phone.newPage();
    await mobile.goto(new URL(publicHref!, baseUrl).toString());
    const publicPage = mobile.getByTestId('public-page');
    await publicPage.waitFor();
    await mobile.getByText(target.name).first().waitFor();
    const text = await publicPage.innerText();
    expect(text).not.toContain(target.legalRepresentativeIdNumber);
    expect(text).not.toContain(target.contacts[0]!.phone);
    const width = await mobile.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await mobile.screenshot({ path: path.join(SHOTS, '5-public-page-phone.png'), fullPage: true });

    expect(errors).toEqual([]);
    await desk.close();
    await phone.close();
  });

  it('a merchant changes their password on a phone, with the server’s refusal shown on the field', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('stall.merchant');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/subjects/*'); // a merchant lands on their own file

    await page.goto(`${baseUrl}/account`);
    await page.getByLabel('当前密码').fill('not-my-password');
    await page.getByLabel('新密码', { exact: true }).fill('a-brand-new-password');
    await page.getByLabel('确认新密码').fill('a-brand-new-password');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('当前密码不正确').first().waitFor(); // the server's reason, in the page's language
    await page.screenshot({ path: path.join(SHOTS, '6-password-refused-phone.png'), fullPage: true });

    await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').first().waitFor();
    await phone.close();

    const relogin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'stall.merchant', password: 'a-brand-new-password' },
    });
    expect(relogin.statusCode).toBe(200);
  });
});
