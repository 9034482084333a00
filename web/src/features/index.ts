import type { LentPickers } from '../components/pickers.ts';
import type { Feature } from '../lib/feature.ts';
import { lazyWidget } from '../lib/lazy.tsx';
import { accountsMessages } from './accounts/messages.ts';
import { accountsNavigation } from './accounts/navigation.tsx';
import { accountsRoutes } from './accounts/routes.tsx';
import { subjectsMessages } from './subjects/messages.ts';
import { subjectsNavigation } from './subjects/navigation.tsx';
import { subjectsRoutes } from './subjects/routes.tsx';

// Features never import each other; what one lends another is handed over here, to the pages that take it as a prop.
// Each arrives with the first form that shows it, not with the app.
const lent: LentPickers = {
  DivisionPicker: lazyWidget(() => import('./divisions/components/division-cascader.tsx').then((m) => m.DivisionCascader)),
  SubjectPicker: lazyWidget(() => import('./subjects/components/subject-picker.tsx').then((m) => m.SubjectPicker)),
};

/**
 * The one list of features: the app builds its router, side navigation and message catalogue from it.
 * Menu order follows this order. (divisions has no pages of its own: it only lends its cascader.)
 */
export const features = [
  { routes: subjectsRoutes(lent), navigation: subjectsNavigation, messages: subjectsMessages },
  { routes: accountsRoutes(lent), navigation: accountsNavigation, messages: accountsMessages },
] satisfies Feature<string>[];
