import { AppstoreOutlined, ShopOutlined } from '@ant-design/icons';
import type { Me } from '../../../../src/modules/accounts/contract.ts';
import type { NavigationEntry } from '../../lib/feature.ts';
import type { SubjectsMessageKey } from './messages/zh-cn.ts';

/** A merchant works on their own file and an operator on their market's, rather than on a list. */
const actsFor = ({ account }: Me, role: 'merchant' | 'market_operator') => account.role === role && account.subjectId !== null;
const ownFile = ({ account }: Me) => `/subjects/${account.subjectId}`;

export const subjectsNavigation: NavigationEntry<SubjectsMessageKey>[] = [
  { to: ownFile, icon: <ShopOutlined />, label: 'nav.myFile', isShownTo: (me) => actsFor(me, 'merchant') },
  { to: '/subjects', icon: <AppstoreOutlined />, label: 'nav.subjects', isShownTo: (me) => !actsFor(me, 'merchant') },
  { to: ownFile, icon: <ShopOutlined />, label: 'nav.myMarket', isShownTo: (me) => actsFor(me, 'market_operator') },
];
