import type { Tx } from '../../db/client.ts';
import type { Ctx } from '../../kernel/context.ts';
import { auditSubjects } from './audit.ts';
import { subjectFileCounters, subjectLicences, subjects } from './tables.ts';

/** The subjects room's seeding face: bulk loads for a generated city, which would be slow one file at a time. */

const BATCH = 1000;

type Stamped = 'createdAt' | 'updatedAt';

export interface SubjectFiles {
  subjects: ReadonlyArray<Omit<typeof subjects.$inferInsert, Stamped> & { id: string; fileNo: string; name: string; divisionCode: string }>;
  licences: ReadonlyArray<Omit<typeof subjectLicences.$inferInsert, Stamped>>;
  /** The last file serial per division and kind, so files opened later continue the numbering. */
  fileSerials: ReadonlyArray<typeof subjectFileCounters.$inferInsert>;
}

/** How many batches loadSubjectFiles reports, for a progress bar. */
export const loadBatches = (files: SubjectFiles) => Math.ceil(files.subjects.length / BATCH) * 2 + Math.ceil(files.licences.length / BATCH);

/** Loads prepared files in the caller's transaction; each file's history starts with its creation, like any other's. */
export async function loadSubjectFiles(tx: Tx, ctx: Ctx, files: SubjectFiles, onBatch: () => void = () => {}): Promise<void> {
  const now = ctx.clock.now();
  for (let i = 0; i < files.subjects.length; i += BATCH) {
    await tx.insert(subjects).values(files.subjects.slice(i, i + BATCH).map((s) => ({ ...s, createdAt: now, updatedAt: now })));
    onBatch();
  }
  for (let i = 0; i < files.licences.length; i += BATCH) {
    await tx.insert(subjectLicences).values(files.licences.slice(i, i + BATCH).map((l) => ({ ...l, createdAt: now, updatedAt: now })));
    onBatch();
  }
  for (let i = 0; i < files.subjects.length; i += BATCH) {
    const batch = files.subjects.slice(i, i + BATCH);
    await auditSubjects(
      tx,
      ctx,
      batch.map((s) => ({
        subjectId: s.id,
        divisionCode: s.divisionCode,
        recordType: 'subject',
        recordId: s.id,
        action: 'subject.create',
        before: null,
        after: { fileNo: s.fileNo, name: s.name },
      })),
    );
    onBatch();
  }
  if (files.fileSerials.length > 0) await tx.insert(subjectFileCounters).values([...files.fileSerials]);
}
