export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One set of messages in every language; Chinese is the reference and each language has exactly its keys. */
export type Catalogue<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** The keys of a catalogue; distributes over a union, so a list of catalogues gives all their keys. */
export type KeyOf<C> = C extends Catalogue<infer K> ? K : never;

/**
 * Pairs the Chinese dictionary with the English one. The keys come from the Chinese: a key English lacks,
 * or one English has and Chinese does not, fails the typecheck.
 */
export function defineMessages<K extends string>(zhCN: Record<K, string>, enUS: NoInfer<Record<K, string>>): Catalogue<K> {
  return { 'zh-CN': zhCN, 'en-US': enUS };
}

/**
 * Words for coded values under one prefix, from a record keyed by the code's type, so a new code
 * without its word fails the typecheck: `prefixed('role', { admin: '系统管理员', … })` gives `role.admin`.
 */
export function prefixed<P extends string, K extends string>(prefix: P, words: Record<K, string>): Record<`${P}.${K}`, string> {
  return Object.fromEntries(Object.entries(words).map(([code, word]) => [`${prefix}.${code}`, word])) as Record<`${P}.${K}`, string>;
}

/** One catalogue out of several. A key two of them define is a mistake (one would hide the other), so it stops the app at once. */
export function mergeCatalogues<const C extends readonly Catalogue<string>[]>(...catalogues: C): Catalogue<KeyOf<C[number]>> {
  const merged: Record<Language, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };
  for (const catalogue of catalogues) {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogue[language])) {
        if (Object.hasOwn(merged[language], key)) throw new Error(`The message key ${key} is defined twice`);
        merged[language][key] = text;
      }
    }
  }
  return merged as Catalogue<KeyOf<C[number]>>;
}
