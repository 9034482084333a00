import { describe, expect, it } from 'vitest';
import { rulesBrokenByImport } from '../../test/support/lint-fixture.ts';

describe('web import boundaries', () => {
  it.each([
    ['a feature importing another feature', 'web/src/features/subjects/components/fixture.tsx', '../../accounts/api/get-me.ts'],
    ['a feature file at its top importing another feature', 'web/src/features/accounts/routes-fixture.tsx', '../subjects/routes.tsx'],
    ['a feature importing the app', 'web/src/features/subjects/pages/fixture.tsx', '../../../app/i18n.ts'],
    ['lib importing a feature', 'web/src/lib/fixture.ts', '../features/subjects/messages.ts'],
    ['components importing the app', 'web/src/components/fixture.tsx', '../app/i18n.ts'],
  ])('refuses %s', async (_case, filePath, specifier) => {
    expect(await rulesBrokenByImport(filePath, specifier)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['a feature importing lib', 'web/src/features/subjects/components/fixture.tsx', '../../../lib/i18n/i18n.tsx'],
    ['a feature importing its own files', 'web/src/features/subjects/components/fixture.tsx', '../messages.ts'],
    [
      'a feature importing a server contract',
      'web/src/features/subjects/pages/fixture.tsx',
      '../../../../../src/modules/accounts/contract.ts',
    ],
    ['the feature list importing features', 'web/src/features/index-fixture.ts', './subjects/routes.tsx'],
  ])('allows %s', async (_case, filePath, specifier) => {
    expect(await rulesBrokenByImport(filePath, specifier)).toEqual([]);
  });
});
