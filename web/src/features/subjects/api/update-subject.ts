import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { SubjectUpdate, SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { subjectQueryOptions } from './get-subject.ts';
import { subjectsKey } from './list-subjects.ts';

/** Sends the version that was read; the server answers 409 version_conflict when someone saved in between. */
export function updateSubject(subjectId: string, input: SubjectUpdate): Promise<SubjectView> {
  return apiFetch<SubjectView>(`/api/subjects/${subjectId}`, { method: 'PATCH', body: input });
}

export function useUpdateSubject(subjectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubjectUpdate) => updateSubject(subjectId, input),
    onSuccess: async (subject) => {
      queryClient.setQueryData(subjectQueryOptions(subjectId).queryKey, subject);
      await queryClient.invalidateQueries({ queryKey: subjectsKey });
    },
  });
}
