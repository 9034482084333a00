import { describe, expect, it } from 'vitest';
import type { Me } from '../../../src/modules/accounts/contract.ts';
import type { Feature } from '../lib/feature.ts';
import { defineMessages, mergeCatalogues } from '../lib/i18n/catalogue.ts';
import { navigationEntries, routeTree } from './compose.ts';

// A throwaway feature, defined here and nowhere else: one page inside the signed-in layout, one public page,
// one navigation entry for the users who may write notes, and its words in both languages.
const notes = {
  routes: { signedIn: [{ path: 'notes', element: 'notes page' }], standalone: [{ path: '/n/:id', element: 'public note' }] },
  navigation: [{ to: '/notes', icon: null, label: 'notes.nav', isShownTo: (me: Me) => me.account.role !== 'inspector' }],
  messages: defineMessages({ 'notes.nav': '笔记' }, { 'notes.nav': 'Notes' }),
} satisfies Feature<'notes.nav'>;

const shell = { layout: 'layout', home: 'home', notFound: 'not found', error: 'error' };
const me = (role: Me['account']['role']) => ({ account: { role } }) as Me;

describe('adding a web feature is adding its folder and one line in features/index.ts', () => {
  it('places its pages: public ones beside the layout, the others inside it, before the not-found page', () => {
    const [root] = routeTree([notes], shell);
    expect(root!.children!.map((route) => route.path ?? 'layout')).toEqual(['/n/:id', 'layout']);
    const inside = root!.children![1]!.children!;
    expect(inside.map((route) => (route.index ? 'index' : route.path))).toEqual(['index', 'notes', '*']);
  });

  it('shows its navigation entry to the users it names, after the shell’s', () => {
    const home = { to: '/', icon: null, label: 'nav.home', isShownTo: () => true };
    const entries = navigationEntries([notes], [home]);
    expect(entries.filter((e) => e.isShownTo(me('regulator'))).map((e) => e.to)).toEqual(['/', '/notes']);
    expect(entries.filter((e) => e.isShownTo(me('inspector'))).map((e) => e.to)).toEqual(['/']);
  });

  it('brings its words in both languages, and refuses a key another feature already defines', () => {
    const catalogue = mergeCatalogues(notes.messages);
    expect(catalogue['en-US']['notes.nav']).toBe('Notes');
    expect(() => mergeCatalogues(notes.messages, notes.messages)).toThrow('notes.nav');
  });
});
