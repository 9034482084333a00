import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Licence, LicenceInput } from '../../../../../src/modules/subjects/contract.ts';
import { subjectsKey } from './list-subjects.ts';

export function updateLicence(subjectId: string, licenceId: string, input: LicenceInput): Promise<Licence> {
  return apiFetch<Licence>(`/api/subjects/${subjectId}/licences/${licenceId}`, { method: 'PATCH', body: input });
}

export function useUpdateLicence(subjectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ licenceId, input }: { licenceId: string; input: LicenceInput }) => updateLicence(subjectId, licenceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectsKey }),
  });
}
