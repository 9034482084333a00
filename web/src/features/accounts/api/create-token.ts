import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { TokenCreate, TokenCreated } from '../../../../../src/modules/accounts/contract.ts';
import { sessionsQueryOptions } from './list-sessions.ts';

export function createToken(input: TokenCreate): Promise<TokenCreated> {
  return apiFetch<TokenCreated>('/api/auth/tokens', { method: 'POST', body: input });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries(sessionsQueryOptions()),
  });
}
