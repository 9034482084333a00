import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Licence, LicenceInput } from '../../../../../src/modules/subjects/contract.ts';
import { subjectsKey } from './list-subjects.ts';

export function createLicence(subjectId: string, input: LicenceInput): Promise<Licence> {
  return apiFetch<Licence>(`/api/subjects/${subjectId}/licences`, { method: 'POST', body: input });
}

export function useCreateLicence(subjectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LicenceInput) => createLicence(subjectId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectsKey }),
  });
}
