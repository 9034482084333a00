import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { Binary, NoContent, errors } from '../../kernel/contract.ts';
import { reason, validationFailed } from '../../kernel/errors.ts';
import {
  Attachment,
  HistoryList,
  Licence,
  LicenceInput,
  PublicSubjectView,
  SubjectCreate,
  SubjectList,
  SubjectListQuery,
  SubjectStats,
  SubjectUpdate,
  SubjectView,
} from './contract.ts';
import { type QrFormat } from './qr.ts';
import { MAX_ATTACHMENT_BYTES, addAttachment, getAttachmentFile } from './service/attachments.ts';
import { addLicence, changeLicence, removeLicence } from './service/licences.ts';
import { getPublicQr, getSubjectQr } from './service/qr-codes.ts';
import { getPublicSubject, getSubject, getSubjectHistory, getSubjectStats, listSubjects } from './service/read-subjects.ts';
import { createSubject, updateSubject } from './service/write-subjects.ts';

const IdParams = Type.Object({ id: Type.String() });
const LicenceParams = Type.Object({ id: Type.String(), licenceId: Type.String() });
const AttachmentParams = Type.Object({ id: Type.String(), attachmentId: Type.String() });
const QrParams = Type.Object({ id: Type.String(), format: Type.Enum(['svg', 'png']) });
const FileNoParams = Type.Object({ fileNo: Type.String() });
const PublicQrParams = Type.Object({ fileNo: Type.String(), format: Type.Enum(['svg', 'png']) });
const tags = ['subjects'];

const QR_TYPES: Record<QrFormat, string> = { svg: 'image/svg+xml', png: 'image/png' };
const sendQr = (reply: FastifyReply, format: QrFormat, bytes: Buffer) =>
  reply.header('content-type', QR_TYPES[format]).header('cache-control', 'public, max-age=86400').send(bytes);

export const subjectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/subjects',
    {
      schema: {
        tags,
        summary: 'Search subjects in your scope',
        querystring: SubjectListQuery,
        response: { 200: SubjectList, ...errors(400, 401) },
      },
    },
    (request) => listSubjects(request.ctx, request.query),
  );

  app.get(
    '/api/subjects/stats',
    { schema: { tags, summary: 'Counts in your scope', response: { 200: SubjectStats, ...errors(401) } } },
    (request) => getSubjectStats(request.ctx),
  );

  app.post(
    '/api/subjects',
    { schema: { tags, summary: 'Open a subject’s file', body: SubjectCreate, response: { 201: SubjectView, ...errors(400, 401, 403) } } },
    async (request, reply) => reply.status(201).send(await createSubject(request.ctx, request.body)),
  );

  app.get(
    '/api/subjects/:id',
    { schema: { tags, summary: 'A subject’s file', params: IdParams, response: { 200: SubjectView, ...errors(401, 404) } } },
    (request) => getSubject(request.ctx, request.params.id),
  );

  app.patch(
    '/api/subjects/:id',
    {
      schema: {
        tags,
        summary: 'Change a subject’s file',
        params: IdParams,
        body: SubjectUpdate,
        response: { 200: SubjectView, ...errors(400, 401, 403, 404, 409) },
      },
    },
    (request) => updateSubject(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/subjects/:id/history',
    {
      schema: {
        tags,
        summary: 'Who changed what, newest first',
        params: IdParams,
        response: { 200: HistoryList, ...errors(401, 403, 404) },
      },
    },
    (request) => getSubjectHistory(request.ctx, request.params.id),
  );

  app.post(
    '/api/subjects/:id/licences',
    {
      schema: {
        tags,
        summary: 'Add a licence',
        params: IdParams,
        body: LicenceInput,
        response: { 201: Licence, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.status(201).send(await addLicence(request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/api/subjects/:id/licences/:licenceId',
    {
      schema: {
        tags,
        summary: 'Change a licence',
        params: LicenceParams,
        body: LicenceInput,
        response: { 200: Licence, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => changeLicence(request.ctx, request.params.id, request.params.licenceId, request.body),
  );

  app.delete(
    '/api/subjects/:id/licences/:licenceId',
    { schema: { tags, summary: 'Remove a licence', params: LicenceParams, response: { 204: NoContent, ...errors(401, 403, 404) } } },
    async (request, reply) => {
      await removeLicence(request.ctx, request.params.id, request.params.licenceId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/subjects/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Upload a scan or photo (multipart: file, optional licenceId; JPEG, PNG or PDF up to 5 MB)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: Attachment, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
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
    async (request, reply) => {
      const file = await getAttachmentFile(request.ctx, request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  app.get(
    '/api/subjects/:id/qr.:format',
    { schema: { tags, summary: 'The subject’s QR code (SVG or PNG)', params: QrParams, response: { 200: Binary, ...errors(401, 404) } } },
    async (request, reply) =>
      sendQr(reply, request.params.format, await getSubjectQr(request.ctx, request.params.id, request.params.format)),
  );

  app.get(
    '/api/public/subjects/:fileNo',
    {
      schema: {
        tags: ['public'],
        summary: 'What a scan of the QR code shows',
        security: [],
        params: FileNoParams,
        response: { 200: PublicSubjectView, ...errors(404) },
      },
    },
    (request) => getPublicSubject(request.ctx, request.params.fileNo),
  );

  app.get(
    '/api/public/subjects/:fileNo/qr.:format',
    {
      schema: {
        tags: ['public'],
        summary: 'The QR code of a public page',
        security: [],
        params: PublicQrParams,
        response: { 200: Binary, ...errors(404) },
      },
    },
    async (request, reply) =>
      sendQr(reply, request.params.format, await getPublicQr(request.ctx, request.params.fileNo, request.params.format)),
  );
};
