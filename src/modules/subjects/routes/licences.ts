import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { NoContent, errors } from '../../../kernel/contract.ts';
import { Licence, LicenceInput } from '../contract.ts';
import { addLicence, changeLicence, removeLicence } from '../service/licences.ts';

const IdParams = Type.Object({ id: Type.String() });
const LicenceParams = Type.Object({ id: Type.String(), licenceId: Type.String() });
const tags = ['subjects'];

/** A subject's licences: add, change, remove. */
export const licenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/subjects/:id/licences',
    {
      schema: {
        tags,
        summary: 'Add a licence',
        params: IdParams,
        body: LicenceInput,
        response: { 201: Licence, ...errors(400, 401, 403, 404, 413, 415) },
      },
    },
    async function postLicence(request, reply) {
      return reply.status(201).send(await addLicence(request.ctx, request.params.id, request.body));
    },
  );

  app.patch(
    '/api/subjects/:id/licences/:licenceId',
    {
      schema: {
        tags,
        summary: 'Change a licence',
        params: LicenceParams,
        body: LicenceInput,
        response: { 200: Licence, ...errors(400, 401, 403, 404, 413, 415) },
      },
    },
    function patchLicence(request) {
      return changeLicence(request.ctx, request.params.id, request.params.licenceId, request.body);
    },
  );

  app.delete(
    '/api/subjects/:id/licences/:licenceId',
    { schema: { tags, summary: 'Remove a licence', params: LicenceParams, response: { 204: NoContent, ...errors(401, 403, 404) } } },
    async function deleteLicence(request, reply) {
      await removeLicence(request.ctx, request.params.id, request.params.licenceId);
      return reply.status(204).send(null);
    },
  );
};
