import { createContext, use, type ReactNode } from 'react';
import type { Me } from '../../../src/modules/accounts/contract.ts';

const CurrentMeContext = createContext<Me | null>(null);

/** Set by the signed-in layout, which renders its pages only once the user is known. */
export function CurrentMeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <CurrentMeContext value={me}>{children}</CurrentMeContext>;
}

/** The signed-in user, for pages inside the signed-in layout. */
export function useCurrentMe(): Me {
  const me = use(CurrentMeContext);
  if (!me) throw new Error('useCurrentMe needs the signed-in layout above it');
  return me;
}
