import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { DivisionList } from '../../../../../src/modules/divisions/contract.ts';

export function listDivisions(): Promise<DivisionList> {
  return apiFetch<DivisionList>('/api/divisions');
}

/** The GB/T 2260 list changes with a release, not during a session. */
export const divisionsQueryOptions = () => queryOptions({ queryKey: ['divisions'], queryFn: listDivisions, staleTime: Infinity });

export function useDivisions() {
  return useQuery(divisionsQueryOptions());
}
