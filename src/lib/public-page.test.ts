import { describe, expect, it } from 'vitest';
import { squashMarkup } from '../../test/support/markup.ts';
import { html } from './html.ts';
import { pageLanguage, renderPublicPage } from './public-page.ts';

describe('public pages', () => {
  it('speak Chinese unless the page’s switch or the browser’s first preference says English', () => {
    expect(pageLanguage(undefined, undefined)).toBe('zh');
    expect(pageLanguage(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(pageLanguage(undefined, 'en-GB,en;q=0.9')).toBe('en');
    expect(pageLanguage('zh', 'en-US')).toBe('zh');
    expect(pageLanguage('en', 'zh-CN')).toBe('en');
    expect(pageLanguage('fr', 'zh-CN')).toBe('zh');
  });

  it('switch language by a link that keeps the page’s other parameters', () => {
    const page = squashMarkup(
      renderPublicPage({ language: 'zh', url: '/v/1?code=a%26b', title: 't', heading: 'h', body: html``, footer: 'f' }),
    );
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('href="?code=a%26b&amp;lang=en"');
    expect(page).toMatch(/href="\?code=a%26b&amp;lang=zh" hreflang="zh-CN" aria-current="true"/);
    expect(page).not.toContain('<script');
  });
});
