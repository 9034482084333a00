import { useEffect } from 'react';
import { useI18n } from './i18n/i18n.tsx';

/** Names the browser tab after the page, in the current language ("主体档案 · 食安"); the app's name alone until the page knows its own. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
