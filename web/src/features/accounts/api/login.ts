import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { LoginInput, Me } from '../../../../../src/modules/accounts/contract.ts';
import { meQueryOptions } from './get-me.ts';

export function login(input: LoginInput): Promise<Me> {
  return apiFetch<Me>('/api/auth/login', { method: 'POST', body: input });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Whatever the previous user had cached must not be shown to this one.
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions().queryKey, me);
    },
  });
}
