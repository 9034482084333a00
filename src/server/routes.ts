import { accountRoutes } from '../modules/accounts/routes.ts';
import { divisionRoutes } from '../modules/divisions/routes.ts';
import { subjectRoutes } from '../modules/subjects/routes.ts';

/** Every module's routes; a new room adds its plugin here. */
export const moduleRoutes = { accountRoutes, divisionRoutes, subjectRoutes };
