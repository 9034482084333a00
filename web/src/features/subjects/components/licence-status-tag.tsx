import { Tag } from 'antd';
import { useI18n } from '../../../app/i18n/i18n.tsx';
import type { SubjectLicenceStatus } from '../../../../../src/modules/subjects/contract.ts';
import { licenceStatusColors } from '../vocabulary.ts';

export function LicenceStatusTag({ status }: { status: SubjectLicenceStatus }) {
  const { t } = useI18n();
  return <Tag color={licenceStatusColors[status].tag}>{t(`licenceStatus.${status}`)}</Tag>;
}
