import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { attachmentRoutes } from './routes/attachments.ts';
import { subjectFileRoutes } from './routes/file.ts';
import { licenceRoutes } from './routes/licences.ts';
import { publicSubjectRoutes } from './routes/public.ts';

/** The subjects room's HTTP face, one plugin per sub-resource. */
export const subjectRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(subjectFileRoutes);
  await app.register(licenceRoutes);
  await app.register(attachmentRoutes);
  await app.register(publicSubjectRoutes);
};
