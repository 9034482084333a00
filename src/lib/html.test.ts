import { describe, expect, it } from 'vitest';
import { squashMarkup } from '../../test/support/markup.ts';
import { SafeHtml, escapeHtml, html } from './html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can open a tag, an entity or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('leaves other text as it is, Chinese included', () => {
    expect(escapeHtml('温海粮油档 E001 · 2026-11-23')).toBe('温海粮油档 E001 · 2026-11-23');
  });
});

describe('html', () => {
  it('escapes every value put into it, in content and in attributes', () => {
    const name = `"><img src=x onerror=alert(1)>`;
    expect(html`<a title="${name}">${name}</a>`.markup).toBe(
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
    );
  });

  it('keeps its own fragments, and lists of them, as markup', () => {
    const items = ['a<b', 'c'].map((text) => html`<li>${text}</li>`);
    expect(
      squashMarkup(
        html`<ul>
          ${items}
        </ul>`.markup,
      ),
    ).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('renders nothing for false, null and undefined, and numbers as text', () => {
    expect(html`${false}${null}${undefined}${0}`.markup).toBe('0');
  });

  it('trusts only SafeHtml, not a string that looks like markup', () => {
    expect(html`${new SafeHtml('<b>ok</b>')}${'<b>no</b>'}`.markup).toBe('<b>ok</b>&lt;b&gt;no&lt;/b&gt;');
  });
});
