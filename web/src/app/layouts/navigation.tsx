import { AppstoreOutlined, HomeOutlined, ShopOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../../../src/modules/accounts/contract.ts';
import type { Translate } from '../i18n/i18n.tsx';

/** A type, not an interface, so Ant Design's Menu (which takes data-* attributes) accepts it as is. */
export type NavigationItem = {
  /** The path the item opens; also its menu key. */
  key: string;
  icon: ReactNode;
  label: string;
};

/**
 * The side navigation for this user. Whether a page's actions are allowed is the server's call (abilities);
 * this only decides where each role's work starts: a merchant at their own file, an operator at their market.
 */
export function navigationFor({ account, abilities }: Me, t: Translate): NavigationItem[] {
  const items: NavigationItem[] = [{ key: '/', icon: <HomeOutlined />, label: t('nav.home') }];
  if (account.role === 'merchant' && account.subjectId) {
    items.push({ key: `/subjects/${account.subjectId}`, icon: <ShopOutlined />, label: t('nav.myFile') });
  } else {
    items.push({ key: '/subjects', icon: <AppstoreOutlined />, label: t('nav.subjects') });
  }
  if (account.role === 'market_operator' && account.subjectId) {
    items.push({ key: `/subjects/${account.subjectId}`, icon: <ShopOutlined />, label: t('nav.myMarket') });
  }
  if (abilities.manageAccounts) items.push({ key: '/accounts', icon: <TeamOutlined />, label: t('nav.accounts') });
  items.push({ key: '/account', icon: <UserOutlined />, label: t('nav.account') });
  return items;
}

/** The item the current path belongs to: the longest key that is the path or a parent of it. */
export function selectedKey(items: NavigationItem[], pathname: string): string | undefined {
  return items
    .map((item) => item.key)
    .filter((key) => pathname === key || (key !== '/' && pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
