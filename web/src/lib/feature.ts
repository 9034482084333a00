import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Me } from '../../../src/modules/accounts/contract.ts';
import type { Catalogue } from './i18n/catalogue.ts';

/** A feature's pages: those standing alone (sign-in, the public QR page, printables) and those inside the signed-in layout. */
export interface FeatureRoutes {
  standalone?: RouteObject[];
  /** Paths relative to the root, as children of the signed-in layout. */
  signedIn?: RouteObject[];
}

/**
 * One side-navigation entry. Whether a page's actions are allowed is the server's call (abilities);
 * an entry only decides where each kind of user's work starts.
 */
export interface NavigationEntry<K extends string> {
  /** The path it opens for this user; also its menu key. */
  to: string | ((me: Me) => string);
  icon: ReactNode;
  /** A message key of the feature's catalogue. */
  label: K;
  isShownTo: (me: Me) => boolean;
}

/** What a feature adds to the app; the list of them is `features/index.ts`. */
export interface Feature<K extends string> {
  routes: FeatureRoutes;
  /** In menu order. */
  navigation: readonly NavigationEntry<K>[];
  messages: Catalogue<K>;
}
