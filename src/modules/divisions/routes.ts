import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../kernel/contract.ts';
import { DivisionList, DivisionQuery } from './contract.ts';
import { getDivisions } from './service.ts';

export const divisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/divisions',
    {
      schema: {
        tags: ['divisions'],
        summary: 'Administrative divisions (GB/T 2260), one level at a time',
        description: 'Without parameters: the provinces. `parent`: that division’s children. `codes`: those divisions and their ancestors.',
        querystring: DivisionQuery,
        response: { 200: DivisionList, ...errors(400, 401) },
      },
    },
    (request) => getDivisions(request.ctx, request.query),
  );
};
