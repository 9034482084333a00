import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n.tsx';
import type { SubjectLicenceStatus } from '../../../../../src/modules/subjects/contract.ts';
import { licenceStatusColors } from '../vocabulary.ts';

const icons: Record<SubjectLicenceStatus, ReactNode> = {
  valid: <CheckCircleFilled />,
  expiring: <ClockCircleFilled />,
  expired: <CloseCircleFilled />,
  none: <QuestionCircleFilled />,
};

/** The one thing a shopper scanning the sign needs to see first: may this business trade? */
export function LicenceStatusBadge({ status }: { status: SubjectLicenceStatus }) {
  const { t } = useI18n();
  const color = licenceStatusColors[status].chart;
  return (
    <div
      role="status"
      data-status={status}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 12,
        padding: '16px 12px',
        borderRadius: 12,
        background: color,
        color: '#fff',
        fontSize: 26,
        fontWeight: 600,
      }}
    >
      {icons[status]}
      <span>{t(`licenceStatus.${status}`)}</span>
    </div>
  );
}
