import { SafeHtml, html } from './html.ts';

/**
 * The frame of every page anyone opens from a QR code without signing in (a stall's record, later a
 * voucher, a complaint's progress, a recall notice): server-rendered HTML with its styles inline, so
 * one small request shows it on a weak signal, and it reads the same with JavaScript off. The look
 * follows the web app's (its green, Ant Design's cards, tags and greys) without loading any of it.
 */

export type PageLanguage = 'zh' | 'en';

/** The page's own switch (`?lang=`) wins, then the browser's first preference; Chinese otherwise. */
export function pageLanguage(lang: unknown, acceptLanguage: string | undefined): PageLanguage {
  if (lang === 'zh' || lang === 'en') return lang;
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
}

/** Nothing runs and nothing loads: the page is its own styles and, at most, images from this site. */
export const PUBLIC_PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FRAME_WORDS = {
  zh: { app: '食安', language: '界面语言', htmlLang: 'zh-CN' },
  en: { app: 'Shian', language: 'Language', htmlLang: 'en' },
} as const;

const LANGUAGES: Array<[PageLanguage, string]> = [
  ['zh', '中文'],
  ['en', 'EN'],
];

// Ant Design's tokens (font stack, text greys, radii, tag presets) written out, for the same look without its runtime.
const STYLES = new SafeHtml(
  `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#fff;color:rgba(0,0,0,.88);font:14px/1.5715 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','PingFang SC','Microsoft YaHei',sans-serif;-webkit-text-size-adjust:100%}
main{max-width:560px;margin:0 auto;padding:12px;min-height:100vh}
.top{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-bottom:12px}
.brand{color:#16803c;font-size:18px;font-weight:600}
.lang{display:flex;padding:2px;border-radius:6px;background:#f5f5f5}
.lang a{padding:0 8px;border-radius:4px;color:rgba(0,0,0,.65);line-height:24px;text-decoration:none}
.lang a[aria-current]{background:#fff;color:rgba(0,0,0,.88);box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card{margin-bottom:12px;border:1px solid #f0f0f0;border-radius:8px;background:#fff}
.card>h2{margin:0;padding:8px 12px;border-bottom:1px solid #f0f0f0;font-size:14px;font-weight:600}
.card>.body{display:flex;flex-direction:column;gap:12px;padding:12px}
h1{margin:0;font-size:24px;font-weight:600;line-height:1.33;overflow-wrap:anywhere}
.banner{display:flex;align-items:center;justify-content:center;gap:12px;padding:16px 12px;border-radius:12px;color:#fff;font-size:26px;font-weight:600}
.banner svg{width:1em;height:1em;fill:currentColor}
dl{margin:0}
dl>div{display:flex;padding-bottom:8px}
dl>div:last-child{padding-bottom:0}
dt{flex:none;color:rgba(0,0,0,.45)}
dt::after{content:':';margin:0 8px 0 2px}
dd{margin:0;overflow-wrap:anywhere}
.row{display:flex;justify-content:space-between;align-items:center;gap:8px}
.stack{display:flex;flex-direction:column;gap:2px}
.strong{font-weight:600}
.secondary{color:rgba(0,0,0,.45)}
.wrap{overflow-wrap:anywhere}
.tag{display:inline-block;align-self:start;padding:0 7px;border:1px solid #d9d9d9;border-radius:4px;background:#fafafa;font-size:12px;line-height:20px;white-space:nowrap}
.tag.green{border-color:transparent;background:#f6ffed;color:#389e0d}
.tag.orange{border-color:transparent;background:#fff7e6;color:#d46b08}
.tag.red{border-color:transparent;background:#fff1f0;color:#cf1322}
.empty{padding:48px 12px;text-align:center}
.empty svg{width:72px;height:72px;fill:#bfbfbf}
.empty h1{margin:16px 0 8px;font-weight:400}
footer{margin-top:16px;font-size:12px;text-align:center}
`
    .trim()
    .replace(/\n/g, ''),
);

export interface PublicPage {
  language: PageLanguage;
  /** The request's path and query, which the language switch keeps. */
  url: string;
  /** The document's title, e.g. the stall's name and the kind of page. */
  title: string;
  /** The kind of page, beside the platform's name at the top. */
  heading: string;
  body: SafeHtml;
  footer: string;
}

/** The language switch's link: the same page with `lang` set, other parameters kept. */
function languageHref(url: string, language: PageLanguage): string {
  const query = new URLSearchParams(url.split('?')[1] ?? '');
  query.set('lang', language);
  return `?${query.toString()}`;
}

/** A whole public page: head, the platform's name and the language switch, the body, the footer. */
export function renderPublicPage(page: PublicPage): string {
  const words = FRAME_WORDS[page.language];
  const switcher = LANGUAGES.map(
    ([language, label]) =>
      html`<a
        href="${languageHref(page.url, language)}"
        hreflang="${FRAME_WORDS[language].htmlLang}"
        ${language === page.language ? html` aria-current="true"` : ''}
        >${label}</a
      >`,
  );
  return `<!doctype html>${
    html`<html lang="${words.htmlLang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        <link rel="icon" href="data:," />
        <style>
          ${STYLES}
        </style>
      </head>
      <body>
        <main data-testid="public-page">
          <header class="top">
            <span class="brand">${words.app} · ${page.heading}</span>
            <nav class="lang" aria-label="${words.language}">${switcher}</nav>
          </header>
          ${page.body}
          <footer class="secondary">${page.footer}</footer>
        </main>
      </body>
    </html>`.markup
  }`;
}
