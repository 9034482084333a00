import { Button, Result } from 'antd';
import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/accounts/pages/account-page.tsx';
import { AccountsPage } from '../features/accounts/pages/accounts-page.tsx';
import { LoginPage } from '../features/accounts/pages/login-page.tsx';
import { DivisionCascader } from '../features/divisions/components/division-cascader.tsx';
import { SubjectPicker } from '../features/subjects/components/subject-picker.tsx';
import { PublicSubjectPage } from '../features/subjects/pages/public-subject-page.tsx';
import { SubjectCreatePage } from '../features/subjects/pages/subject-create-page.tsx';
import { SubjectEditPage } from '../features/subjects/pages/subject-edit-page.tsx';
import { SubjectFilePage } from '../features/subjects/pages/subject-file-page.tsx';
import { SubjectListPage } from '../features/subjects/pages/subject-list-page.tsx';
import { SubjectSignPage } from '../features/subjects/pages/subject-sign-page.tsx';
import { HomePage } from './home-page.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { AppLayout, useCurrentMe } from './layouts/app-layout.tsx';

// Features never import each other: the pickers one lends another are wired in here.

function SubjectListRoute() {
  const { abilities } = useCurrentMe();
  return <SubjectListPage canCreate={abilities.createSubjectKinds.length > 0} DivisionPicker={DivisionCascader} />;
}

function SubjectCreateRoute() {
  const { abilities, account } = useCurrentMe();
  const ownMarket = account.role === 'market_operator' ? (account.subjectId ?? undefined) : undefined;
  return <SubjectCreatePage kinds={abilities.createSubjectKinds} marketId={ownMarket} DivisionPicker={DivisionCascader} />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title={t('common.notFound')} />;
}

function RouteError() {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t('error.internal')}
      extra={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
    />
  );
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/p/:fileNo', element: <PublicSubjectPage /> },
      { path: '/subjects/:subjectId/sign', element: <SubjectSignPage /> },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'subjects', element: <SubjectListRoute /> },
          { path: 'subjects/new', element: <SubjectCreateRoute /> },
          { path: 'subjects/:subjectId', element: <SubjectFilePage /> },
          { path: 'subjects/:subjectId/edit', element: <SubjectEditPage DivisionPicker={DivisionCascader} /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'accounts', element: <AccountsPage DivisionPicker={DivisionCascader} SubjectPicker={SubjectPicker} /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
