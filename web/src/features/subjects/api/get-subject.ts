import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { subjectsKey } from './list-subjects.ts';

export function getSubject(subjectId: string): Promise<SubjectView> {
  return apiFetch<SubjectView>(`/api/subjects/${subjectId}`);
}

export const subjectQueryOptions = (subjectId: string) =>
  queryOptions({ queryKey: [...subjectsKey, 'file', subjectId], queryFn: () => getSubject(subjectId) });

export function useSubject(subjectId: string | undefined) {
  return useQuery({ ...subjectQueryOptions(subjectId ?? ''), enabled: subjectId !== undefined });
}
