import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Binary, errors } from '../../../kernel/contract.ts';
import { HistoryList, SubjectCreate, SubjectList, SubjectListQuery, SubjectStats, SubjectUpdate, SubjectView } from '../contract.ts';
import { getSubjectQr } from '../service/qr-codes.ts';
import { getSubject, getSubjectHistory, getSubjectStats, listSubjects } from '../service/read-subjects.ts';
import { createSubject, updateSubject } from '../service/write-subjects.ts';
import { sendQr } from './send-qr.ts';

const IdParams = Type.Object({ id: Type.String() });
const QrParams = Type.Object({ id: Type.String(), format: Type.Enum(['svg', 'png']) });
const tags = ['subjects'];

/** A subject's file: search, counts, open, read, change, history and its QR code. */
export const subjectFileRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
    function getSubjectList(request) {
      return listSubjects(request.ctx, request.query);
    },
  );

  app.get(
    '/api/subjects/stats',
    { schema: { tags, summary: 'Counts in your scope', response: { 200: SubjectStats, ...errors(401) } } },
    function getSubjectCounts(request) {
      return getSubjectStats(request.ctx);
    },
  );

  app.post(
    '/api/subjects',
    {
      schema: {
        tags,
        summary: 'Open a subject’s file',
        body: SubjectCreate,
        response: { 201: SubjectView, ...errors(400, 401, 403, 413, 415) },
      },
    },
    async function postSubject(request, reply) {
      return reply.status(201).send(await createSubject(request.ctx, request.body));
    },
  );

  app.get(
    '/api/subjects/:id',
    { schema: { tags, summary: 'A subject’s file', params: IdParams, response: { 200: SubjectView, ...errors(401, 404) } } },
    function getSubjectFile(request) {
      return getSubject(request.ctx, request.params.id);
    },
  );

  app.patch(
    '/api/subjects/:id',
    {
      schema: {
        tags,
        summary: 'Change a subject’s file',
        params: IdParams,
        body: SubjectUpdate,
        response: { 200: SubjectView, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    function patchSubject(request) {
      return updateSubject(request.ctx, request.params.id, request.body);
    },
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
    function getHistory(request) {
      return getSubjectHistory(request.ctx, request.params.id);
    },
  );

  app.get(
    '/api/subjects/:id/qr.:format',
    { schema: { tags, summary: 'The subject’s QR code (SVG or PNG)', params: QrParams, response: { 200: Binary, ...errors(401, 404) } } },
    async function getQrCode(request, reply) {
      return sendQr(reply, request.params.format, await getSubjectQr(request.ctx, request.params.id, request.params.format));
    },
  );
};
