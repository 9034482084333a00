import { TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { NavigationEntry } from '../../lib/feature.ts';
import type { AccountsMessageKey } from './messages.ts';

export const accountsNavigation: NavigationEntry<AccountsMessageKey>[] = [
  { to: '/accounts', icon: <TeamOutlined />, label: 'nav.accounts', isShownTo: ({ abilities }) => abilities.manageAccounts },
  { to: '/account', icon: <UserOutlined />, label: 'nav.account', isShownTo: () => true },
];
