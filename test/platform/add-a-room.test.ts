import type { FastifyInstance } from 'fastify';
import { eq, getTableName, sql } from 'drizzle-orm';
import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Database, Executor } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { listAuditTrail, roomAuditor } from '../../src/kernel/audit.ts';
import { authorize, definePolicy, may } from '../../src/kernel/authorize.ts';
import type { Ctx } from '../../src/kernel/context.ts';
import { reason } from '../../src/kernel/errors.ts';
import { enqueue, pendingMessages, receiveOnce } from '../../src/kernel/outbox.ts';
import { type Room, composeRooms } from '../../src/kernel/room.ts';
import { withTx } from '../../src/kernel/tx.ts';
import { createOutboxWorker } from '../../src/jobs/outbox-worker.ts';
import { fixedClock } from '../../src/lib/clock.ts';
import { newId } from '../../src/lib/ids.ts';
import { ROOMS, systemCtx } from '../../src/modules/rooms.ts';
import { findSubjectBrief } from '../../src/modules/subjects/read.ts';
import { buildApp } from '../../src/server/app.ts';
import { cloneTemplateDatabase } from '../support/database.ts';
import { findPlaces, type Places } from '../support/fixtures.ts';
import { TEST_NOW, TEST_PUBLIC_URL } from '../support/template.ts';

// A throwaway room, defined here and nowhere else: one table it creates, one route, one ability, its own
// audit actions, a write hook and an outbox receiver. It is mounted through the same list as every room.
const notes = pgTable('room_notes', { subjectId: uuid().notNull(), id: uuid().notNull(), body: text().notNull() }, (t) => [
  primaryKey({ columns: [t.subjectId, t.id] }),
]);
const auditNotes = roomAuditor('notes', ['note.create', 'note.copy'] as const);
const noteActions = definePolicy(reason('note', '便签'), {
  read: (actor, subject: { divisionCode: string }) => actor.role === 'admin' || actor.divisionCode === subject.divisionCode,
  write: (actor) => actor.role !== 'inspector',
});
const sealed: number[] = [];

async function addNote(ctx: Ctx, subjectId: string, body: string, copyTo: string | null) {
  const subject = await findSubjectBrief(ctx.db, subjectId);
  if (!subject) throw new Error('no such subject');
  authorize(ctx.actor, noteActions.write, subject);
  return withTx(ctx, async (tx) => {
    const id = newId();
    await tx.insert(notes).values({ subjectId, id, body });
    await auditNotes(tx, ctx, {
      ...subject,
      subjectId,
      recordType: 'note',
      recordId: id,
      action: 'note.create',
      before: null,
      after: { body },
    });
    // The copy is an effect on another business: it travels through the outbox, on this write's shard.
    if (copyTo) await enqueue(tx, ctx, { subjectId, topic: 'notes.copied', payload: { to: copyTo, body } });
    return id;
  });
}

const notesRoom: Room = {
  name: 'notes',
  tables: [{ table: notes, class: 'distributed' }],
  afterMigrate: async (db: Executor) => {
    await db.execute(sql`create table if not exists room_notes (subject_id uuid not null, id uuid not null, body text not null,
      primary key (subject_id, id))`);
  },
  abilities: {
    schema: Type.Object({ writeNotes: Type.Boolean() }),
    of: async (ctx) => ({ writeNotes: ctx.actor.type === 'user' && ctx.actor.role !== 'inspector' }),
  },
  routes: async (app) => {
    app.post(
      '/api/notes',
      { schema: { body: Type.Object({ subjectId: Type.String(), body: Type.String(), copyTo: Type.Optional(Type.String()) }) } },
      async (request, reply) => {
        const input = request.body as { subjectId: string; body: string; copyTo?: string };
        return reply.status(201).send({ id: await addNote(request.ctx, input.subjectId, input.body, input.copyTo ?? null) });
      },
    );
  },
  txHooks: [
    {
      name: 'notes-seal',
      // Joins every write of every room: it sees the audit rows the write made, and can veto the write.
      beforeCommit: async (_tx, _ctx, journal) => {
        if (journal.audit.some((entry) => entry.room === 'notes' && entry.action === 'note.create')) sealed.push(journal.audit.length);
        if (journal.outbox.some((m) => m.topic === 'notes.copied') && journal.audit.length > 1) throw new Error('vetoed');
      },
    },
  ],
  receives: {
    'notes.copied': async (ctx, message) => {
      const to = String(message.payload.to);
      await withTx(ctx, async (tx) => {
        if (!(await receiveOnce(tx, ctx, { subjectId: to, consumer: 'notes.copy', messageId: message.id }))) return;
        await tx.insert(notes).values({ subjectId: to, id: newId(), body: String(message.payload.body) });
      });
    },
  },
};

const platform = composeRooms([...ROOMS, notesRoom]);
let database: Database;
let app: FastifyInstance;
let places: Places;
let worker: ReturnType<typeof createOutboxWorker>;

beforeAll(async () => {
  database = await cloneTemplateDatabase();
  await migrateDatabase(database, platform.afterMigrate);
  const workerCtx = { ...systemCtx({ db: database.db, name: 'worker', publicUrl: TEST_PUBLIC_URL }), txHooks: platform.txHooks };
  worker = createOutboxWorker(workerCtx, platform.receivers);
  app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: TEST_PUBLIC_URL }),
    db: database.db,
    clock: fixedClock(TEST_NOW),
    webRoot: null,
    rooms: platform,
  });
  places = await findPlaces(database);
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await database.close();
});

async function login(username: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'shian_session')!;
  return { headers: { cookie: `${cookie.name}=${cookie.value}` }, me: response.json() };
}

describe('adding a room is adding its folder and one line in the rooms list', () => {
  it('mounts its route and ability, and classes its table for scale-out', async () => {
    const { headers, me } = await login('th.regulator');
    expect(me.abilities).toMatchObject({ writeNotes: true, manageAccounts: false });
    expect(me.abilities.createSubjectKinds).toContain('merchant');
    expect(platform.tables.find((t) => getTableName(t.table) === 'room_notes')).toMatchObject({ class: 'distributed', room: 'notes' });

    const response = await app.inject({
      method: 'POST',
      url: '/api/notes',
      headers,
      payload: { subjectId: places.ownStall.id, body: '抽检前自查' },
    });
    expect(response.statusCode).toBe(201);
    const trail = await listAuditTrail(database.db, { subjectId: places.ownStall.id, room: 'notes' });
    expect(trail.map((row) => [row.action, row.recordType, row.recordId, row.actorName])).toEqual([
      ['note.create', 'note', response.json().id, '天河区市场监管局'],
    ]);
    // The room's hook joined the write, and the subjects room's history does not mix the notes in.
    expect(sealed).toEqual([1]);
    const history = await app.inject({ url: `/api/subjects/${places.ownStall.id}/history`, headers });
    expect(history.json().items.every((item: { action: string }) => !item.action.startsWith('note.'))).toBe(true);
  });

  it('authorizes through the kernel: an inspector may read but not write notes', async () => {
    const { headers, me } = await login('th.inspector');
    expect(me.abilities.writeNotes).toBe(false);
    const response = await app.inject({
      method: 'POST',
      url: '/api/notes',
      headers,
      payload: { subjectId: places.ownStall.id, body: 'x' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const actor = { type: 'user', id: '', name: '', role: 'inspector', divisionCode: '440106', subjectId: null, sessionId: '' } as const;
    expect(may(actor, noteActions.read, { divisionCode: '440106' })).toBe(true);
  });

  it('delivers an effect on another business through the outbox, once, however often it is delivered', async () => {
    const ctx = systemCtx({ db: database.db, name: 'cli', publicUrl: TEST_PUBLIC_URL });
    await addNote({ ...ctx, txHooks: platform.txHooks }, places.ownStall.id, '同批次', places.neighbourStall.id);
    expect(await pendingMessages(database.db)).toBe(1);
    expect(await worker.drain()).toBe(1);
    expect(await pendingMessages(database.db)).toBe(0);

    // A redelivery (the worker died after the receiver committed, before marking it delivered) changes nothing.
    await database.db.execute(sql`update outbox set delivered_at = null, available_at = ${TEST_NOW}`);
    expect(await worker.drain()).toBe(1);
    const copies = await database.db.select().from(notes).where(eq(notes.subjectId, places.neighbourStall.id));
    expect(copies.map((row) => row.body)).toEqual(['同批次']);
  });

  it('lets a hook veto a write: the rows, the audit and the outbox message roll back together', async () => {
    const ctx = { ...systemCtx({ db: database.db, name: 'cli', publicUrl: TEST_PUBLIC_URL }), txHooks: platform.txHooks };
    const before = await pendingMessages(database.db);
    const vetoing: Room['txHooks'] = [
      {
        name: 'second-audit',
        beforeCommit: (tx, c) =>
          auditNotes(tx, c, {
            subjectId: places.ownStall.id,
            divisionCode: '440106',
            recordType: 'note',
            recordId: newId(),
            action: 'note.copy',
            before: null,
            after: null,
          }),
      },
    ];
    await expect(
      addNote({ ...ctx, txHooks: [...vetoing, ...ctx.txHooks] }, places.ownStall.id, 'vetoed', places.neighbourStall.id),
    ).rejects.toThrow('vetoed');
    expect(await pendingMessages(database.db)).toBe(before);
    const rows = await database.db.select().from(notes).where(eq(notes.body, 'vetoed'));
    expect(rows).toEqual([]);
  });
});
