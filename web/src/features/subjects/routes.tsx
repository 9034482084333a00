import type { LentPickers } from '../../components/pickers.ts';
import { useCurrentMe } from '../../lib/current-me.tsx';
import type { FeatureRoutes } from '../../lib/feature.ts';
import { lazyPage } from '../../lib/lazy.tsx';

// The stall's public page (/p/:fileNo) is not here: the server renders it, so a phone that scans the sign loads no app.
const SubjectCreatePage = lazyPage(() => import('./pages/subject-create-page.tsx').then((m) => m.SubjectCreatePage));
const SubjectEditPage = lazyPage(() => import('./pages/subject-edit-page.tsx').then((m) => m.SubjectEditPage));
const SubjectFilePage = lazyPage(() => import('./pages/subject-file-page.tsx').then((m) => m.SubjectFilePage));
const SubjectListPage = lazyPage(() => import('./pages/subject-list-page.tsx').then((m) => m.SubjectListPage));
const SubjectSignPage = lazyPage(() => import('./pages/subject-sign-page.tsx').then((m) => m.SubjectSignPage));

type Lent = Pick<LentPickers, 'DivisionPicker'>;

function SubjectListRoute({ DivisionPicker }: Lent) {
  const { abilities } = useCurrentMe();
  return <SubjectListPage canCreate={abilities.createSubjectKinds.length > 0} DivisionPicker={DivisionPicker} />;
}

function SubjectCreateRoute({ DivisionPicker }: Lent) {
  const { abilities, account } = useCurrentMe();
  const ownMarket = account.role === 'market_operator' ? (account.subjectId ?? undefined) : undefined;
  return <SubjectCreatePage kinds={abilities.createSubjectKinds} marketId={ownMarket} DivisionPicker={DivisionPicker} />;
}

export function subjectsRoutes({ DivisionPicker }: Lent): FeatureRoutes {
  return {
    standalone: [{ path: '/subjects/:subjectId/sign', element: <SubjectSignPage /> }],
    signedIn: [
      { path: 'subjects', element: <SubjectListRoute DivisionPicker={DivisionPicker} /> },
      { path: 'subjects/new', element: <SubjectCreateRoute DivisionPicker={DivisionPicker} /> },
      { path: 'subjects/:subjectId', element: <SubjectFilePage /> },
      { path: 'subjects/:subjectId/edit', element: <SubjectEditPage DivisionPicker={DivisionPicker} /> },
    ],
  };
}
