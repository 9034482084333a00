import type { Room } from '../../kernel/room.ts';
import { syncDivisions } from './queries.ts';
import { divisionRoutes } from './routes.ts';
import { divisions } from './tables.ts';

/** GB/T 2260 administrative divisions: the jurisdictions everything else is scoped by. */
export const divisionsRoom = {
  name: 'divisions',
  routes: divisionRoutes,
  tables: [{ table: divisions, class: 'reference' }],
  afterMigrate: syncDivisions,
} as const satisfies Room;
