import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { HistoryList } from '../../../../../src/modules/subjects/contract.ts';
import { subjectQueryOptions } from './get-subject.ts';

export function getSubjectHistory(subjectId: string): Promise<HistoryList> {
  return apiFetch<HistoryList>(`/api/subjects/${subjectId}/history`);
}

export const subjectHistoryQueryOptions = (subjectId: string) =>
  queryOptions({
    queryKey: [...subjectQueryOptions(subjectId).queryKey, 'history'],
    queryFn: () => getSubjectHistory(subjectId),
  });

export function useSubjectHistory(subjectId: string) {
  return useQuery(subjectHistoryQueryOptions(subjectId));
}
