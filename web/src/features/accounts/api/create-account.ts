import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Account, AccountCreate } from '../../../../../src/modules/accounts/contract.ts';
import { accountsQueryOptions } from './list-accounts.ts';

export function createAccount(input: AccountCreate): Promise<Account> {
  return apiFetch<Account>('/api/accounts', { method: 'POST', body: input });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries(accountsQueryOptions()),
  });
}
