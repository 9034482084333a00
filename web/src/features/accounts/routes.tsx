import type { LentPickers } from '../../components/pickers.ts';
import type { FeatureRoutes } from '../../lib/feature.ts';
import { lazyPage } from '../../lib/lazy.tsx';

const AccountPage = lazyPage(() => import('./pages/account-page.tsx').then((m) => m.AccountPage));
const AccountsPage = lazyPage(() => import('./pages/accounts-page.tsx').then((m) => m.AccountsPage));
const LoginPage = lazyPage(() => import('./pages/login-page.tsx').then((m) => m.LoginPage));

export function accountsRoutes({ DivisionPicker, SubjectPicker }: LentPickers): FeatureRoutes {
  return {
    standalone: [{ path: '/login', element: <LoginPage /> }],
    signedIn: [
      { path: 'account', element: <AccountPage /> },
      { path: 'accounts', element: <AccountsPage DivisionPicker={DivisionPicker} SubjectPicker={SubjectPicker} /> },
    ],
  };
}
