import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { Attachment } from '../../../../../src/modules/subjects/contract.ts';
import { subjectQueryOptions } from './get-subject.ts';

/** The server takes JPEG, PNG or PDF up to 5 MB; it checks, the browser only hints. */
export const attachmentRules = { accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 5 * 1024 * 1024 };

export function uploadAttachment(subjectId: string, file: File, licenceId?: string): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  if (licenceId) form.append('licenceId', licenceId);
  return apiFetch<Attachment>(`/api/subjects/${subjectId}/attachments`, { method: 'POST', body: form });
}

export function useUploadAttachment(subjectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, licenceId }: { file: File; licenceId?: string }) => uploadAttachment(subjectId, file, licenceId),
    onSuccess: () => queryClient.invalidateQueries(subjectQueryOptions(subjectId)),
  });
}
