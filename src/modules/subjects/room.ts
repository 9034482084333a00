import type { Room } from '../../kernel/room.ts';
import { SubjectRoomAbilities } from './contract.ts';
import { subjectRoutes } from './routes.ts';
import { getSubjectAbilities } from './service/read-subjects.ts';
import { subjectAttachments, subjectFileCounters, subjectLicences, subjects } from './tables.ts';

/** The subject archive: one file, one code and one QR code for every supervised business. */
export const subjectsRoom = {
  name: 'subjects',
  routes: subjectRoutes,
  tables: [
    { table: subjects, class: 'reference' },
    { table: subjectFileCounters, class: 'reference' },
    { table: subjectLicences, class: 'distributed' },
    { table: subjectAttachments, class: 'distributed' },
  ],
  abilities: { schema: SubjectRoomAbilities, of: getSubjectAbilities },
} as const satisfies Room;
