import { ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError } from '../api-client.ts';
import { mergeCatalogues, type Catalogue, type KeyOf, type Language } from './catalogue.ts';
import { sharedMessages } from './shared-messages.ts';

type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;
export type SharedMessageKey = KeyOf<typeof sharedMessages>;

const locales = {
  'zh-CN': { antd: zhCNAntd, dayjs: 'zh-cn' },
  'en-US': { antd: enUSAntd, dayjs: 'en' },
} satisfies Record<Language, { antd: unknown; dayjs: string }>;

const storageKey = 'shian.language';

interface LanguageChoice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export interface I18n<K extends string> extends LanguageChoice {
  t: Translate<K>;
  /** For keys built from server data that may have no entry (audit actions, field names): the first key known, else the fallback. */
  tOr: (keys: string | string[], fallback: string) => string;
  /** What to tell the user about a failed request: our wording for known codes, else the server's message. */
  errorText: (error: unknown) => string;
}

const LanguageContext = createContext<LanguageChoice | null>(null);

function storedLanguage(): Language {
  return localStorage.getItem(storageKey) === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Holds the chosen language (remembered in localStorage) and keeps Ant Design and dayjs speaking it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const locale = locales[language];

  // dayjs reads its locale globally, so set it before children format anything in this render.
  dayjs.locale(locale.dayjs);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setLanguageState(next);
  }, []);
  const choice = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);

  return (
    <LanguageContext value={choice}>
      <ConfigProvider locale={locale.antd}>{children}</ConfigProvider>
    </LanguageContext>
  );
}

/** Every catalogue holds the shared words, so errors can always be told. */
type WithShared<K extends string> = K | SharedMessageKey;

function translator<K extends string>(messages: Readonly<Record<WithShared<K>, string>>, choice: LanguageChoice): I18n<WithShared<K>> {
  const isKnown = (key: string): key is WithShared<K> => Object.hasOwn(messages, key);
  const t: Translate<WithShared<K>> = (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(params?.[name] ?? match));
  const tOr = (keys: string | string[], fallback: string) => {
    const known = [keys].flat().find(isKnown);
    return known ? t(known) : fallback;
  };
  const errorText = (error: unknown) => {
    if (!isApiError(error)) return t('error.network');
    const text = tOr(`error.${error.code}`, error.message);
    const reasons = error.fields.map((field) => `${field.path}: ${field.reason}`).join('; ');
    return reasons ? `${text} (${reasons})` : text;
  };
  return { ...choice, t, tOr, errorText };
}

function i18nHookOver<K extends string>(catalogue: Catalogue<WithShared<K>>): () => I18n<WithShared<K>> {
  return function useCatalogue() {
    const choice = use(LanguageContext);
    if (!choice) throw new Error('useI18n needs <I18nProvider> above it');
    return useMemo(() => translator(catalogue[choice.language], choice), [choice]);
  };
}

/** The shared words only (app name, common actions, errors, roles): for lib and components. */
export const useI18n = i18nHookOver<never>(sharedMessages);

/**
 * A feature's own hook: its `t()` accepts exactly the keys of its catalogue and the shared ones, so a
 * feature cannot lean on another's words. Made once per feature, in its messages file.
 */
export function createI18nHook<K extends string>(catalogue: Catalogue<K>): () => I18n<WithShared<K>> {
  return i18nHookOver(mergeCatalogues(sharedMessages, catalogue));
}
