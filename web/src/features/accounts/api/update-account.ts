import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Account, AccountUpdate } from '../../../../../src/modules/accounts/contract.ts';
import { accountsQueryOptions } from './list-accounts.ts';

/** Disabling an account or setting its password signs it out everywhere. */
export function updateAccount(accountId: string, input: AccountUpdate): Promise<Account> {
  return apiFetch<Account>(`/api/accounts/${accountId}`, { method: 'PATCH', body: input });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, input }: { accountId: string; input: AccountUpdate }) => updateAccount(accountId, input),
    onSuccess: () => queryClient.invalidateQueries(accountsQueryOptions()),
  });
}
