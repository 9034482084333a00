import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { SessionList } from '../../../../../src/modules/accounts/contract.ts';

export function listSessions(): Promise<SessionList> {
  return apiFetch<SessionList>('/api/auth/sessions');
}

export const sessionsQueryOptions = () => queryOptions({ queryKey: ['auth', 'sessions'], queryFn: listSessions });

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
