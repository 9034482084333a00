import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { PublicSubjectView } from '../../../../../src/modules/subjects/contract.ts';

/** No login: what anyone scanning the door sign may see. */
export function getPublicSubject(fileNo: string): Promise<PublicSubjectView> {
  return apiFetch<PublicSubjectView>(`/api/public/subjects/${encodeURIComponent(fileNo)}`);
}

export const publicSubjectQueryOptions = (fileNo: string) =>
  queryOptions({ queryKey: ['public-subjects', fileNo], queryFn: () => getPublicSubject(fileNo) });

export function usePublicSubject(fileNo: string) {
  return useQuery(publicSubjectQueryOptions(fileNo));
}
