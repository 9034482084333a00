import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { SubjectStats } from '../../../../../src/modules/subjects/contract.ts';
import { subjectsKey } from './list-subjects.ts';

export function getSubjectStats(): Promise<SubjectStats> {
  return apiFetch<SubjectStats>('/api/subjects/stats');
}

export const subjectStatsQueryOptions = () => queryOptions({ queryKey: [...subjectsKey, 'stats'], queryFn: getSubjectStats });

export function useSubjectStats() {
  return useQuery(subjectStatsQueryOptions());
}
