/** The QR code (encoding the subject's public page) is an image the browser loads directly. */
export function subjectQrUrl(subjectId: string): string {
  return `/api/subjects/${subjectId}/qr.svg`;
}
