import { App, Result, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { LoadState } from '../../../components/load-state.tsx';
import type { DivisionPicker } from '../../../components/pickers.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSubject } from '../api/get-subject.ts';
import { useUpdateSubject } from '../api/update-subject.ts';
import { SubjectForm } from '../components/subject-form.tsx';
import { toFormValues, toSubjectUpdate } from '../components/subject-form-values.ts';
import { useSubjectsI18n } from '../messages.ts';

export function SubjectEditPage({ DivisionPicker }: { DivisionPicker: DivisionPicker }) {
  const { subjectId = '' } = useParams();
  const { t } = useSubjectsI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: subject, error, refetch } = useSubject(subjectId);
  const update = useUpdateSubject(subjectId);
  useDocumentTitle(subject && t('subjects.edit.title', { name: subject.name }));

  if (!subject) return <LoadState error={error} onRetry={() => void refetch()} />;
  const { abilities } = subject;
  if (!abilities.update && !abilities.updateContacts) return <Result status="403" title={t('error.forbidden')} />;

  return (
    <>
      <Typography.Title level={3}>{t('subjects.edit.title', { name: subject.name })}</Typography.Title>
      <SubjectForm
        // A new version (after a conflict) remounts the form with the values now on the server.
        key={subject.version}
        mode={abilities.update ? 'edit' : 'contacts'}
        kinds={[subject.kind]}
        initialValues={toFormValues(subject)}
        submitting={update.isPending}
        onSubmit={async (values) => {
          try {
            await update.mutateAsync(toSubjectUpdate(values, subject));
          } catch (failure) {
            if (!isApiError(failure, 'version_conflict')) throw failure;
            void message.warning(t('subjects.edit.conflict'));
            await refetch();
            return;
          }
          void message.success(t('common.saved'));
          void navigate(`/subjects/${subject.id}`);
        }}
        onCancel={() => void navigate(`/subjects/${subject.id}`)}
        DivisionPicker={DivisionPicker}
      />
    </>
  );
}
