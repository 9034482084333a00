import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { SubjectCreate, SubjectView } from '../../../../../src/modules/subjects/contract.ts';
import { subjectsKey } from './list-subjects.ts';

export function createSubject(input: SubjectCreate): Promise<SubjectView> {
  return apiFetch<SubjectView>('/api/subjects', { method: 'POST', body: input });
}

export function useCreateSubject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSubject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectsKey }),
  });
}
