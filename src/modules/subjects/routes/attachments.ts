import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Binary, errors } from '../../../kernel/contract.ts';
import { reason, validationFailed } from '../../../kernel/errors.ts';
import { Attachment } from '../contract.ts';
import { MAX_ATTACHMENT_BYTES, addAttachment, getAttachmentFile } from '../service/attachments.ts';

const IdParams = Type.Object({ id: Type.String() });
const AttachmentParams = Type.Object({ id: Type.String(), attachmentId: Type.String() });
const tags = ['subjects'];

/** An uploaded file is someone else's content: opened directly, it may run nothing and reach nothing. */
export const ATTACHMENT_POLICY = "default-src 'none'; sandbox";

/** A subject's scans and photos: upload and download. */
export const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/subjects/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Upload a scan or photo (multipart: file, optional licenceId; JPEG, PNG or PDF up to 5 MB)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: Attachment, ...errors(400, 401, 403, 404, 413, 415) },
      },
    },
    async function postAttachment(request, reply) {
      const part = await request.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
      if (!part) throw validationFailed([{ path: 'file', reason: reason('is required', '必填') }]);
      const bytes = await part.toBuffer();
      const licenceField = part.fields.licenceId;
      const licenceId = licenceField && 'value' in licenceField ? String(licenceField.value) || null : null;
      const attachment = await addAttachment(request.ctx, request.params.id, { filename: part.filename, bytes, licenceId });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/api/subjects/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment', params: AttachmentParams, response: { 200: Binary, ...errors(401, 404) } } },
    async function getAttachment(request, reply) {
      const file = await getAttachmentFile(request.ctx, request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('content-security-policy', ATTACHMENT_POLICY)
        .send(file.content);
    },
  );
};
