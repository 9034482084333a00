import { Tag } from 'antd';
import type { SubjectLicenceStatus } from '../../../../../src/modules/subjects/contract.ts';
import { licenceStatusColors } from '../vocabulary.ts';
import { useSubjectsI18n } from '../messages.ts';

export function LicenceStatusTag({ status }: { status: SubjectLicenceStatus }) {
  const { t } = useSubjectsI18n();
  return <Tag color={licenceStatusColors[status].tag}>{t(`licenceStatus.${status}`)}</Tag>;
}
