import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports flow one way: lib ← kernel ← modules ← server/cli; a layer never reaches up. */
const layer = (files, forbidden, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    // One group, so that `!` patterns re-admit what the patterns before them forbid.
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

// Web: lib and components ← features ← app (habit 11). Only features/index.ts, the list, sees every feature.
const webFeatures = readdirSync(`${import.meta.dirname}/web/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// Imports are relative: from a feature's file another feature is `../x/…`, `../../x/…`, however deep the file sits.
const otherFeatures = (feature) =>
  webFeatures
    .filter((other) => other !== feature)
    .flatMap((other) => ['..', '../..', '../../..', '../../../..'].map((up) => `${up}/${other}/**`));

/** Every file of every room but its public faces, as import patterns seen from `prefix` (the modules folder). */
const privateFilesOfRooms = (prefix) => [
  // `[a-z]*`, not `*`: a wildcard would also match the `..` of a path that leaves the modules folder.
  `${prefix}[a-z]*/*`,
  `${prefix}[a-z]*/*/*`,
  ...['contract.ts', 'service.ts', 'service', 'service/*.ts', 'read.ts', 'room.ts', 'seed.ts'].map((face) => `!${prefix}[a-z]*/${face}`),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'test-output/', 'src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['web/vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Fastify plugins are async by contract, whether or not they await.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'read settings through src/config.ts' },
      ],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Tests read JSON answers (`response.json()` is any by design).
    files: ['**/*.test.ts', 'test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/config.ts', 'src/cli/**', 'bench/**', 'test/**', '**/*.test.ts', 'web/vite.config.ts', '*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  layer(['src/lib/**'], ['**/kernel/**', '**/modules/**', '**/server/**', '**/cli/**', '**/demo/**', '**/db/**'], 'lib knows no domain'),
  layer(['src/kernel/**'], ['**/modules/**', '**/server/**', '**/cli/**', '**/demo/**', '**/jobs/**'], 'the kernel knows no room'),
  layer(
    ['src/db/**'],
    ['**/modules/**', '**/kernel/**', '**/server/**', '**/cli/**', '**/demo/**', '**/jobs/**'],
    'the database layer knows no room (rooms hand it their after-migrate steps)',
    ['**/*.test.ts'],
  ),
  // A room is private by default: another room, or a runtime, imports only its public faces (habit 11).
  ...[1, 2, 3].map((depth) =>
    layer(
      [`src/modules/*/${'*/'.repeat(depth - 1)}*.ts`],
      ['**/server/**', '**/cli/**', '**/demo/**', '**/jobs/**', ...privateFilesOfRooms('../'.repeat(depth))],
      'another room is reached only through its contract.ts, service, read.ts or room.ts',
      ['src/modules/*/tables.ts', '**/*.test.ts'],
    ),
  ),
  // Tables may name another room's table in a foreign key, and nothing else.
  layer(['src/modules/*/tables.ts'], ['**/server/**', '**/cli/**', '**/demo/**', '**/jobs/**'], 'tables know only tables'),
  layer(
    ['src/server/**', 'src/cli/**', 'src/jobs/**', 'src/main.ts', 'bench/**'],
    privateFilesOfRooms('**/modules/'),
    'runtimes reach a room through its contract.ts, service, read.ts or room.ts',
    ['**/*.test.ts'],
  ),
  // The generator also builds valid identifiers with the rooms' pure domain logic; it loads data through a room's seed.ts.
  layer(
    ['src/demo/**'],
    ['routes', 'routes/*', 'tables', 'queries', 'present', 'policy', 'validate'].map((file) => `**/modules/*/${file}.ts`),
    'the demo loads data through a room’s seed.ts and services',
    ['**/*.test.ts'],
  ),
  ...webFeatures.map((feature) =>
    layer(
      [`web/src/features/${feature}/**`],
      ['**/app/**', ...otherFeatures(feature)],
      'a feature imports lib and components, never the app or another feature (lend components through features/index.ts)',
    ),
  ),
  layer(['web/src/lib/**', 'web/src/components/**'], ['**/features/**', '**/app/**'], 'lib and components know no feature and no app'),
);
