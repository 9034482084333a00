import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { DivisionList, DivisionQuery } from '../../../../../src/modules/divisions/contract.ts';

/** No query: the provinces; `parent`: that division's children; `codes`: those divisions and their ancestors. */
export function listDivisions(query: DivisionQuery, signal?: AbortSignal): Promise<DivisionList> {
  return apiFetch<DivisionList>('/api/divisions', { query, signal });
}

/** The GB/T 2260 list changes with a release, not during a session. A null query fetches nothing. */
export const divisionsQueryOptions = (query: DivisionQuery | null) =>
  queryOptions({
    queryKey: ['divisions', query],
    queryFn: query ? ({ signal }) => listDivisions(query, signal) : skipToken,
    staleTime: Infinity,
  });

export function useDivisions(query: DivisionQuery | null) {
  return useQuery(divisionsQueryOptions(query));
}
