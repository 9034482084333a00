import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { accounts } from '../../src/modules/accounts/tables.ts';
import { subjects } from '../../src/modules/subjects/tables.ts';

type SubjectRow = typeof subjects.$inferSelect;

async function one(database: Database, where: ReturnType<typeof and>): Promise<SubjectRow> {
  const [row] = await database.db.select().from(subjects).where(where).orderBy(subjects.fileNo).limit(1);
  if (!row) throw new Error('the test city lacks a subject the tests need');
  return row;
}

/** Subjects of the seeded test city placed relative to the demo accounts' scopes. */
export async function findPlaces(database: Database) {
  const [operator] = await database.db.select().from(accounts).where(eq(accounts.username, 'market.operator'));
  const [merchant] = await database.db.select().from(accounts).where(eq(accounts.username, 'stall.merchant'));
  const tianheMarket = await one(database, eq(subjects.id, operator!.subjectId!));
  const ownStall = await one(database, eq(subjects.id, merchant!.subjectId!));
  return {
    /** The operator's market, in Tianhe (440106). */
    tianheMarket,
    /** The merchant account's own stall, in that market. */
    ownStall,
    /** Another stall of the same market. */
    neighbourStall: await one(database, and(eq(subjects.marketId, tianheMarket.id), ne(subjects.id, ownStall.id))),
    /** A Tianhe subject outside the operator's market. */
    tianheCatering: await one(database, and(eq(subjects.divisionCode, '440106'), eq(subjects.kind, 'catering'))),
    /** In Guangzhou but outside Tianhe. */
    baiyunMarket: await one(database, and(eq(subjects.divisionCode, '440111'), eq(subjects.kind, 'market'))),
    /** Outside Guangzhou altogether. */
    outOfTown: await one(database, eq(subjects.category, 'out_of_town_supplier')),
  };
}

export type Places = Awaited<ReturnType<typeof findPlaces>>;
