import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { AccountList } from '../../../../../src/modules/accounts/contract.ts';

export function listAccounts(): Promise<AccountList> {
  return apiFetch<AccountList>('/api/accounts');
}

export const accountsQueryOptions = () => queryOptions({ queryKey: ['accounts'], queryFn: listAccounts });

/** Only an account manager may list accounts; others do not ask. */
export function useAccounts(enabled: boolean) {
  return useQuery({ ...accountsQueryOptions(), enabled });
}
