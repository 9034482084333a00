import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../kernel/contract.ts';
import { DivisionList } from './contract.ts';
import { getDivisions } from './service.ts';

export const divisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/divisions',
    { schema: { tags: ['divisions'], summary: 'Administrative divisions (GB/T 2260)', response: { 200: DivisionList, ...errors(401) } } },
    (request) => getDivisions(request.ctx),
  );
};
