import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { PasswordChange } from '../../../../../src/modules/accounts/contract.ts';
import { sessionsQueryOptions } from './list-sessions.ts';

/** The caller's other sessions end; this one stays signed in. */
export function changePassword(input: PasswordChange): Promise<void> {
  return apiFetch<void>('/api/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries(sessionsQueryOptions()),
  });
}
