import { HomeOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../../../../src/modules/accounts/contract.ts';
import { features } from '../../features/index.ts';
import type { NavigationEntry } from '../../lib/feature.ts';
import { navigationEntries } from '../compose.ts';
import type { AppMessageKey, useAppI18n } from '../i18n.ts';

/** A type, not an interface, so Ant Design's Menu (which takes data-* attributes) accepts it as is. */
export type NavigationItem = {
  /** The path the item opens; also its menu key. */
  key: string;
  icon: ReactNode;
  label: string;
};

type Translate = ReturnType<typeof useAppI18n>['t'];

const home: NavigationEntry<AppMessageKey> = { to: '/', icon: <HomeOutlined />, label: 'nav.home', isShownTo: () => true };
const entries = navigationEntries<AppMessageKey>(features, [home]);

/** The side navigation for this user: home, then each feature's entries this user is shown, in the features' order. */
export function navigationFor(me: Me, t: Translate): NavigationItem[] {
  return entries
    .filter((entry) => entry.isShownTo(me))
    .map((entry) => ({ key: typeof entry.to === 'string' ? entry.to : entry.to(me), icon: entry.icon, label: t(entry.label) }));
}

/** The item the current path belongs to: the longest key that is the path or a parent of it. */
export function selectedKey(items: NavigationItem[], pathname: string): string | undefined {
  return items
    .map((item) => item.key)
    .filter((key) => pathname === key || (key !== '/' && pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
