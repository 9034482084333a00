import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { SubjectList, SubjectListQuery } from '../../../../../src/modules/subjects/contract.ts';

/** Every subject query lives under this key, so one invalidation after a write refreshes lists, files and stats. */
export const subjectsKey = ['subjects'] as const;

export function listSubjects(query: SubjectListQuery, signal?: AbortSignal): Promise<SubjectList> {
  return apiFetch<SubjectList>('/api/subjects', { query, signal });
}

export const subjectsQueryOptions = (query: SubjectListQuery) =>
  queryOptions({
    queryKey: [...subjectsKey, 'list', query],
    queryFn: ({ signal }) => listSubjects(query, signal),
    placeholderData: keepPreviousData,
  });

export function useSubjects(query: SubjectListQuery) {
  return useQuery(subjectsQueryOptions(query));
}
