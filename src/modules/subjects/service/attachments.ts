import { isUuid } from '../../../lib/ids.ts';
import { createHash } from 'node:crypto';
import { auditSubjects } from '../audit.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { notFound, reason, validationFailed } from '../../../kernel/errors.ts';
import { withTx } from '../../../kernel/tx.ts';
import type { Attachment } from '../contract.ts';
import { subjectMessages } from '../messages.ts';
import { presentAttachment } from '../present.ts';
import { findAttachment, findLicence, insertAttachment } from '../queries.ts';
import { loadSubjectFor } from './common.ts';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Content types told by the file's first bytes, not by what the client claims. */
const SIGNATURES: Array<[contentType: string, magic: number[]]> = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

export function sniffContentType(bytes: Buffer): string | null {
  const match = SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  return match ? match[0] : null;
}

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
  licenceId: string | null;
}

/** Stores a scan or photo (JPEG, PNG or PDF) in the subject's file, audited with its SHA-256. */
export async function addAttachment(ctx: Ctx, subjectId: string, file: UploadedFile): Promise<Attachment> {
  const subject = await loadSubjectFor(ctx, subjectId, 'writeAttachments');
  const contentType = sniffContentType(file.bytes);
  if (!contentType)
    throw validationFailed([{ path: 'file', reason: reason('only JPEG, PNG and PDF files are accepted', '只接受 JPEG、PNG 和 PDF 文件') }]);
  if (file.bytes.length > MAX_ATTACHMENT_BYTES)
    throw validationFailed([{ path: 'file', reason: reason('larger than 5 MB', '文件超过 5 MB') }]);
  if (file.licenceId && !(isUuid(file.licenceId) && (await findLicence(ctx.db, subject.id, file.licenceId)))) {
    throw validationFailed([{ path: 'licenceId', reason: reason('no such licence on this subject', '该主体没有这个证照') }]);
  }
  const filename = file.filename.replace(/[\\/\p{Cc}]/gu, '_').slice(0, 200) || 'attachment';
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const now = ctx.clock.now();
  const row = await withTx(ctx, async (tx) => {
    const meta = await insertAttachment(tx, {
      subjectId: subject.id,
      licenceId: file.licenceId,
      filename,
      contentType,
      size: file.bytes.length,
      sha256,
      content: file.bytes,
      createdAt: now,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    });
    await auditSubjects(tx, ctx, {
      subjectId: subject.id,
      divisionCode: subject.divisionCode,
      recordType: 'attachment',
      recordId: meta.id,
      action: 'attachment.create',
      before: null,
      after: { filename, contentType, size: meta.size, sha256, licenceId: file.licenceId },
    });
    return meta;
  });
  return presentAttachment(row);
}

/** An attachment's bytes, for those who may read the subject. */
export async function getAttachmentFile(ctx: Ctx, subjectId: string, attachmentId: string) {
  const subject = await loadSubjectFor(ctx, subjectId, 'read');
  const row = isUuid(attachmentId) ? await findAttachment(ctx.db, subject.id, attachmentId) : undefined;
  if (!row) throw notFound(subjectMessages.attachment);
  return { filename: row.filename, contentType: row.contentType, content: row.content };
}
