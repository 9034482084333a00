import { ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError } from '../../lib/api-client.ts';
import { enUS } from './en-us.ts';
import { zhCN, type MessageKey } from './zh-cn.ts';

export type Language = 'zh-CN' | 'en-US';
type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const languages = {
  'zh-CN': { messages: zhCN, antd: zhCNAntd, dayjs: 'zh-cn' },
  'en-US': { messages: enUS, antd: enUSAntd, dayjs: 'en' },
} satisfies Record<Language, { messages: Record<MessageKey, string>; antd: unknown; dayjs: string }>;

const storageKey = 'shian.language';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** For keys built from server data that may have no entry (audit actions, field names): the first key known, else the fallback. */
  tOr: (keys: string | string[], fallback: string) => string;
  /** What to tell the user about a failed request: our wording for known codes, else the server's message. */
  errorText: (error: unknown) => string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLanguage(): Language {
  return localStorage.getItem(storageKey) === 'en-US' ? 'en-US' : 'zh-CN';
}

function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

/** Holds the chosen language (remembered in localStorage) and keeps Ant Design and dayjs speaking it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const { messages, antd, dayjs: dayjsLocale } = languages[language];

  // dayjs reads its locale globally, so set it before children format anything in this render.
  dayjs.locale(dayjsLocale);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const t: Translate = (key, params) => messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(params?.[name] ?? match));
    const tOr = (keys: string | string[], fallback: string) => {
      const known = [keys].flat().find(isMessageKey);
      return known ? t(known) : fallback;
    };
    const errorText = (error: unknown) => {
      if (!isApiError(error)) return t('error.network');
      const text = tOr(`error.${error.code}`, error.message);
      const reasons = error.fields.map((field) => `${field.path}: ${field.reason}`).join('; ');
      return reasons ? `${text} (${reasons})` : text;
    };
    return { language, setLanguage, t, tOr, errorText };
  }, [language, messages, setLanguage]);

  return (
    <I18nContext value={value}>
      <ConfigProvider locale={antd} theme={{ token: { colorPrimary: '#16803c' } }}>
        {children}
      </ConfigProvider>
    </I18nContext>
  );
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n needs <I18nProvider> above it');
  return i18n;
}
