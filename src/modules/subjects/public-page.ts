import { html } from '../../lib/html.ts';
import { type PageLanguage, renderPublicPage } from '../../lib/public-page.ts';
import type { PublicSubjectView, SubjectLicenceStatus } from './contract.ts';
import { PUBLIC_SUBJECT_WORDS } from './public-page-words.ts';

/** The banner's colour and the tag preset of each licence status, as the web app shows them. */
const STATUS_LOOK: Record<SubjectLicenceStatus, { banner: string; tag: string }> = {
  valid: { banner: '#52c41a', tag: 'green' },
  expiring: { banner: '#fa8c16', tag: 'orange' },
  expired: { banner: '#f5222d', tag: 'red' },
  none: { banner: '#bfbfbf', tag: '' },
};

// Ant Design's filled circle icons (@ant-design/icons-svg, MIT), drawn inline so the page loads nothing else.
const ICON_PATHS: Record<SubjectLicenceStatus, string> = {
  valid:
    'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm193.5 301.7l-210.6 292a31.8 31.8 0 01-51.7 0L318.5 484.9c-3.8-5.3 0-12.7 6.5-12.7h46.9c10.2 0 19.9 4.9 25.9 13.3l71.2 98.8 157.2-218c6-8.3 15.6-13.3 25.9-13.3H699c6.5 0 10.3 7.4 6.5 12.7z',
  expiring:
    'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm176.5 585.7l-28.6 39a7.99 7.99 0 01-11.2 1.7L483.3 569.8a7.92 7.92 0 01-3.3-6.5V288c0-4.4 3.6-8 8-8h48.1c4.4 0 8 3.6 8 8v247.5l142.6 103.1c3.6 2.5 4.4 7.5 1.8 11.1z',
  expired:
    'M512 64c247.4 0 448 200.6 448 448S759.4 960 512 960 64 759.4 64 512 264.6 64 512 64zm127.98 274.82h-.04l-.08.06L512 466.75 384.14 338.88c-.04-.05-.06-.06-.08-.06a.12.12 0 00-.07 0c-.03 0-.05.01-.09.05l-45.02 45.02a.2.2 0 00-.05.09.12.12 0 000 .07v.02a.27.27 0 00.06.06L466.75 512 338.88 639.86c-.05.04-.06.06-.06.08a.12.12 0 000 .07c0 .03.01.05.05.09l45.02 45.02a.2.2 0 00.09.05.12.12 0 00.07 0c.02 0 .04-.01.08-.05L512 557.25l127.86 127.87c.04.04.06.05.08.05a.12.12 0 00.07 0c.03 0 .05-.01.09-.05l45.02-45.02a.2.2 0 00.05-.09.12.12 0 000-.07v-.02a.27.27 0 00-.05-.06L557.25 512l127.87-127.86c.04-.04.05-.06.05-.08a.12.12 0 000-.07c0-.03-.01-.05-.05-.09l-45.02-45.02a.2.2 0 00-.09-.05.12.12 0 00-.07 0z',
  none: 'M512 64C264.6 64 64 264.6 64 512s200.6 448 448 448 448-200.6 448-448S759.4 64 512 64zm0 708c-22.1 0-40-17.9-40-40s17.9-40 40-40 40 17.9 40 40-17.9 40-40 40zm62.9-219.5a48.3 48.3 0 00-30.9 44.8V620c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8v-21.5c0-23.1 6.7-45.9 19.9-64.9 12.9-18.6 30.9-32.8 52.1-40.9 34-13.1 56-41.6 56-72.7 0-44.1-43.1-80-96-80s-96 35.9-96 80v7.6c0 4.4-3.6 8-8 8h-48c-4.4 0-8-3.6-8-8V420c0-39.3 17.2-76 48.4-103.3C430.4 290.4 470 276 512 276s81.6 14.5 111.6 40.7C654.8 344 672 380.7 672 420c0 57.8-38.1 109.8-97.1 132.5z',
};

const icon = (status: SubjectLicenceStatus) =>
  html`<svg viewBox="64 64 896 896" aria-hidden="true"><path d="${ICON_PATHS[status]}" /></svg>`;
const tag = (status: SubjectLicenceStatus, text: string) => html`<span class="tag ${STATUS_LOOK[status].tag}">${text}</span>`;

function subjectBody(subject: PublicSubjectView, language: PageLanguage) {
  const words = PUBLIC_SUBJECT_WORDS[language];
  const marketAndStall = [subject.marketName, subject.stallNo].filter(Boolean).join(' · ');
  const facts: Array<[string, string | null]> = [
    [words.label.kind, `${words.kind[subject.kind]} / ${words.category[subject.category]}`],
    [words.label.marketAndStall, marketAndStall || null],
    [words.label.division, subject.divisionName],
    [words.label.address, subject.address],
    [words.label.creditCode, subject.creditCode],
    [words.label.fileNo, subject.fileNo],
  ];
  const licences = subject.licences.map(
    (licence) =>
      html`<div class="stack">
        <div class="row">
          <span class="strong">${words.licenceKind[licence.kind]}</span>${tag(licence.status, words.licenceStatus[licence.status])}
        </div>
        <span class="wrap">${licence.number}</span>
        <span class="secondary">${words.validity(licence.issuedOn, licence.expiresOn ?? words.longTerm)}</span>
      </div>`,
  );
  return html`<section class="card">
      <div class="body">
        <h1>${subject.name}</h1>
        ${subject.status !== 'active' && html`<span class="tag orange">${words.subjectStatus[subject.status]}</span>`}
        <div
          class="banner"
          role="status"
          data-status="${subject.licenceStatus}"
          style="background:${STATUS_LOOK[subject.licenceStatus].banner}"
        >
          ${icon(subject.licenceStatus)}<span>${words.licenceStatus[subject.licenceStatus]}</span>
        </div>
      </div>
    </section>
    <section class="card">
      <div class="body">
        <dl>
          ${facts.map(
            ([label, value]) =>
              value &&
              html`<div>
                <dt>${label}</dt>
                <dd>${value}</dd>
              </div>`,
          )}
        </dl>
      </div>
    </section>
    <section class="card">
      <h2>${words.label.licences}</h2>
      <div class="body">${licences.length > 0 ? licences : html`<span class="secondary">${words.noLicences}</span>`}</div>
    </section>`;
}

/** The stall's public page: name, whether it may trade, where it is, its licences; nothing private. */
export function renderPublicSubjectPage(subject: PublicSubjectView, language: PageLanguage, url: string): string {
  const words = PUBLIC_SUBJECT_WORDS[language];
  return renderPublicPage({
    language,
    url,
    title: `${subject.name} · ${words.title}`,
    heading: words.title,
    body: subjectBody(subject, language),
    footer: words.footer,
  });
}

/** What a QR code for no (or a closed) file opens: the same frame, saying so, with the number to check. */
export function renderSubjectNotFoundPage(fileNo: string, language: PageLanguage, url: string): string {
  const words = PUBLIC_SUBJECT_WORDS[language];
  return renderPublicPage({
    language,
    url,
    title: words.title,
    heading: words.title,
    body: html`<section class="empty">
      ${icon('none')}
      <h1>${words.notFound}</h1>
      <p class="secondary">${words.notFoundHint(fileNo)}</p>
    </section>`,
    footer: words.footer,
  });
}
