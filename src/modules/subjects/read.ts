import type { Executor } from '../../db/client.ts';
import type { SubjectKind } from './contract.ts';
import { findSubjectById, subjectNames } from './queries.ts';

/** The subjects room's read face: what other rooms may read of its tables, and nothing that writes. */

export interface SubjectBrief {
  id: string;
  kind: SubjectKind;
  name: string;
  divisionCode: string;
  marketId: string | null;
}

/** A subject's identity for binding an account or a record to it; undefined when there is none. */
export async function findSubjectBrief(db: Executor, id: string): Promise<SubjectBrief | undefined> {
  const row = await findSubjectById(db, id);
  return row && { id: row.id, kind: row.kind as SubjectKind, name: row.name, divisionCode: row.divisionCode, marketId: row.marketId };
}

/** Subjects' names by id, for lists that show whom a record belongs to. */
export const namesOfSubjects = (db: Executor, ids: string[]): Promise<Map<string, string>> => subjectNames(db, ids);
