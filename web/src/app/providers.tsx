import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { queryClient } from '../lib/query-client.ts';
import { I18nProvider } from './i18n/i18n.tsx';

/** Data cache, language (with Ant Design's and dayjs' locale) and Ant Design's message and modal context. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntApp>{children}</AntApp>
      </I18nProvider>
    </QueryClientProvider>
  );
}
