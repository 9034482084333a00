import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, theme } from 'antd';
import type { ReactNode } from 'react';
import { queryClient } from '../lib/query-client.ts';
import { I18nProvider } from '../lib/i18n/i18n.tsx';

/** The text style Ant Design's App gives its children, for every page: the sign-in page and the door sign stand outside it. */
function BaseText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const { colorText: color, fontSize, lineHeight, fontFamily } = token;
  return <div style={{ color, fontSize, lineHeight, fontFamily }}>{children}</div>;
}

/** Data cache, theme and language (with Ant Design's and dayjs' locale); the signed-in layout adds Ant Design's message and modal context. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={{ token: { colorPrimary: '#16803c' } }}>
        <I18nProvider>
          <BaseText>{children}</BaseText>
        </I18nProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
