import { describe, expect, it } from 'vitest';
import { rulesBrokenByImport } from '../support/lint-fixture.ts';

describe('room import boundaries (a room is private by default)', () => {
  it.each([
    ['a room importing another room’s queries', 'src/modules/accounts/present.ts', '../subjects/queries.ts'],
    ['a room’s service importing another room’s tables', 'src/modules/accounts/service/fixture.ts', '../../subjects/tables.ts'],
    ['a room importing another room’s new private file', 'src/modules/subjects/fixture.ts', '../accounts/login-throttle.ts'],
    ['a room importing another room’s routes folder', 'src/modules/accounts/fixture.ts', '../subjects/routes/file.ts'],
    ['the kernel importing a room', 'src/kernel/fixture.ts', '../modules/subjects/contract.ts'],
    ['the database layer importing a room', 'src/db/fixture.ts', '../modules/divisions/queries.ts'],
    ['the HTTP shell importing a room’s queries', 'src/server/plugins/fixture.ts', '../../modules/accounts/queries.ts'],
    ['the CLI importing a room’s policy', 'src/cli/fixture.ts', '../modules/subjects/policy.ts'],
    ['the demo writing a room’s tables', 'src/demo/fixture.ts', '../modules/subjects/tables.ts'],
  ])('refuses %s', async (_case, filePath, specifier) => {
    expect(await rulesBrokenByImport(filePath, specifier)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['another room’s contract', 'src/modules/accounts/fixture.ts', '../subjects/contract.ts'],
    ['another room’s service, from a service file', 'src/modules/accounts/service/fixture.ts', '../../divisions/service.ts'],
    ['another room’s service folder', 'src/modules/accounts/service/fixture.ts', '../../subjects/service/read-subjects.ts'],
    ['another room’s read face', 'src/modules/accounts/service/fixture.ts', '../../subjects/read.ts'],
    ['its own private files', 'src/modules/subjects/service/fixture.ts', '../queries.ts'],
    ['the kernel', 'src/modules/subjects/service/fixture.ts', '../../../kernel/tx.ts'],
    ['the rooms list, from the HTTP shell', 'src/server/fixture.ts', '../modules/rooms.ts'],
    ['a room’s seed face, from the demo', 'src/demo/fixture.ts', '../modules/subjects/seed.ts'],
  ])('allows %s', async (_case, filePath, specifier) => {
    expect(await rulesBrokenByImport(filePath, specifier)).toEqual([]);
  });
});
