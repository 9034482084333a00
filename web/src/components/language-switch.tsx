import { Segmented } from 'antd';
import { useI18n } from '../lib/i18n/i18n.tsx';
import type { Language } from '../lib/i18n/catalogue.ts';

const options: Array<{ value: Language; label: string }> = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'EN' },
];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return <Segmented<Language> size="small" value={language} options={options} onChange={setLanguage} aria-label={t('app.language')} />;
}
