import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { queryClient } from '../lib/query-client.ts';
import { I18nProvider } from '../lib/i18n/i18n.tsx';

/** Data cache, theme and language (with Ant Design's and dayjs' locale); the signed-in layout adds Ant Design's message and modal context. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={{ token: { colorPrimary: '#16803c' } }}>
        <I18nProvider>{children}</I18nProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
