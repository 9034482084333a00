import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

export function revokeAccountSessions(accountId: string): Promise<void> {
  return apiFetch<void>(`/api/accounts/${accountId}/revoke-sessions`, { method: 'POST' });
}

export function useRevokeAccountSessions() {
  return useMutation({ mutationFn: revokeAccountSessions });
}
