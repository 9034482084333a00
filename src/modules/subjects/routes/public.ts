import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Binary, errors } from '../../../kernel/contract.ts';
import { AppError } from '../../../kernel/errors.ts';
import { PUBLIC_PAGE_POLICY, pageLanguage } from '../../../lib/public-page.ts';
import { PublicSubjectView } from '../contract.ts';
import { renderPublicSubjectPage, renderSubjectNotFoundPage } from '../public-page.ts';
import { getPublicQr } from '../service/qr-codes.ts';
import { getPublicSubject } from '../service/read-subjects.ts';
import { sendQr } from './send-qr.ts';

const FileNoParams = Type.Object({ fileNo: Type.String() });
const PublicQrParams = Type.Object({ fileNo: Type.String(), format: Type.Enum(['svg', 'png']) });
const PageQuery = Type.Object({ lang: Type.Optional(Type.String()) });
const tags = ['public'];

/** What anyone sees by scanning a door sign: no sign-in (`security: []`). */
export const publicSubjectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The page itself, rendered here so a phone on a weak signal gets it in one small answer (and
  // without JavaScript); an HTML page, so it stays out of the JSON API's document.
  app.get(
    '/p/:fileNo',
    { schema: { hide: true, params: FileNoParams, querystring: PageQuery } },
    async function getPublicHtmlPage(request, reply) {
      const language = pageLanguage(request.query.lang, request.headers['accept-language']);
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-language')
        .header('content-security-policy', PUBLIC_PAGE_POLICY);
      try {
        return renderPublicSubjectPage(await getPublicSubject(request.ctx, request.params.fileNo), language, request.url);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'not_found')) throw error;
        return reply.code(404).send(renderSubjectNotFoundPage(request.params.fileNo, language, request.url));
      }
    },
  );

  app.get(
    '/api/public/subjects/:fileNo',
    {
      schema: {
        tags,
        summary: 'What a scan of the QR code shows',
        security: [],
        params: FileNoParams,
        response: { 200: PublicSubjectView, ...errors(404) },
      },
    },
    function getPublicPage(request) {
      return getPublicSubject(request.ctx, request.params.fileNo);
    },
  );

  app.get(
    '/api/public/subjects/:fileNo/qr.:format',
    {
      schema: {
        tags,
        summary: 'The QR code of a public page',
        security: [],
        params: PublicQrParams,
        response: { 200: Binary, ...errors(404) },
      },
    },
    async function getPublicQrCode(request, reply) {
      return sendQr(reply, request.params.format, await getPublicQr(request.ctx, request.params.fileNo, request.params.format));
    },
  );
};
