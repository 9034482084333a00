import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Feature, NavigationEntry } from '../lib/feature.ts';

/** The shell's own pages, around which the features' pages are placed. */
export interface Shell {
  layout: ReactNode;
  home: ReactNode;
  notFound: ReactNode;
  error: ReactNode;
}

/** Every feature's pages: the standalone ones beside the signed-in layout, the others inside it. */
export function routeTree(features: readonly Feature<string>[], shell: Shell): RouteObject[] {
  return [
    {
      errorElement: shell.error,
      children: [
        ...features.flatMap((feature) => feature.routes.standalone ?? []),
        {
          element: shell.layout,
          children: [
            { index: true, element: shell.home },
            ...features.flatMap((feature) => feature.routes.signedIn ?? []),
            { path: '*', element: shell.notFound },
          ],
        },
      ],
    },
  ];
}

/** The side navigation's entries: the shell's first, then each feature's, in the features' order. */
export function navigationEntries<K extends string>(features: readonly Feature<string>[], first: NavigationEntry<K>[]) {
  return [...first, ...features.flatMap((feature) => feature.navigation as readonly NavigationEntry<K>[])];
}
