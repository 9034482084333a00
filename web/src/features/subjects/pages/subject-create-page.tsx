import { App, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { DivisionPicker } from '../../../components/pickers.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import type { SubjectKind } from '../../../../../src/modules/subjects/contract.ts';
import { useCreateSubject } from '../api/create-subject.ts';
import { SubjectForm } from '../components/subject-form.tsx';
import { toSubjectCreate } from '../components/subject-form-values.ts';
import { categoriesByKind } from '../vocabulary.ts';
import { useSubjectsI18n } from '../messages.ts';

interface SubjectCreatePageProps {
  /** The kinds the server lets this user open a file for (`me.abilities.createSubjectKinds`). */
  kinds: readonly SubjectKind[];
  /** Preselected market, for a market operator adding merchants to their own market. */
  marketId?: string;
  DivisionPicker: DivisionPicker;
}

export function SubjectCreatePage({ kinds, marketId, DivisionPicker }: SubjectCreatePageProps) {
  const { t } = useSubjectsI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateSubject();
  useDocumentTitle(t('subjects.create.title'));
  const kind = kinds[0];
  if (!kind) return <Result status="403" title={t('error.forbidden')} />;

  return (
    <>
      <Typography.Title level={3}>{t('subjects.create.title')}</Typography.Title>
      <SubjectForm
        mode="create"
        kinds={kinds}
        initialValues={{ kind, category: categoriesByKind[kind][0], marketId, contacts: [], licences: [] }}
        submitting={create.isPending}
        onSubmit={async (values) => {
          const subject = await create.mutateAsync(toSubjectCreate(values));
          void message.success(t('subjects.create.done', { fileNo: subject.fileNo }));
          void navigate(`/subjects/${subject.id}`, { replace: true });
        }}
        onCancel={() => void navigate('/subjects')}
        DivisionPicker={DivisionPicker}
      />
    </>
  );
}
