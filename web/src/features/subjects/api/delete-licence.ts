import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import { subjectsKey } from './list-subjects.ts';

export function deleteLicence(subjectId: string, licenceId: string): Promise<void> {
  return apiFetch<void>(`/api/subjects/${subjectId}/licences/${licenceId}`, { method: 'DELETE' });
}

export function useDeleteLicence(subjectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (licenceId: string) => deleteLicence(subjectId, licenceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subjectsKey }),
  });
}
