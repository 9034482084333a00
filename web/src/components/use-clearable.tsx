import { CloseCircleFilled } from '@ant-design/icons';
import type { SelectProps } from 'antd';
import { useI18n } from '../lib/i18n/i18n.tsx';

/**
 * `allowClear` for Ant Design's Select and Cascader with the clear button named in the page's language:
 * given `true`, they name it "Clear" whatever the locale. The icon is the one `true` would show.
 */
export function useClearable(): Exclude<SelectProps['allowClear'], boolean | undefined> {
  const { t } = useI18n();
  return { clearIcon: <CloseCircleFilled />, label: t('common.clear') };
}
