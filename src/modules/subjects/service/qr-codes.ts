import type { Ctx } from '../../../kernel/context.ts';
import { type QrFormat, renderQr } from '../qr.ts';
import { publicUrlOf } from '../present.ts';
import { getPublicSubject } from './read-subjects.ts';
import { loadSubjectFor } from './common.ts';

/** The QR code of a subject the caller may read. */
export async function getSubjectQr(ctx: Ctx, id: string, format: QrFormat): Promise<Buffer> {
  const row = await loadSubjectFor(ctx, id, 'read');
  return renderQr(publicUrlOf(ctx.publicUrl, row.fileNo), format);
}

/** The QR code behind a public page: anyone may fetch it, as anyone may scan the sign. */
export async function getPublicQr(ctx: Ctx, fileNo: string, format: QrFormat): Promise<Buffer> {
  const subject = await getPublicSubject(ctx, fileNo);
  return renderQr(publicUrlOf(ctx.publicUrl, subject.fileNo), format);
}
