/** The attachment itself is a download the browser fetches with the session cookie, not JSON. */
export function attachmentUrl(subjectId: string, attachmentId: string): string {
  return `/api/subjects/${subjectId}/attachments/${attachmentId}`;
}
