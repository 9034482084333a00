import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports flow one way: lib ← kernel ← modules ← server/cli; a layer never reaches up. */
const layer = (files, forbidden, message, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

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
  layer(['src/kernel/**'], ['**/modules/**', '**/server/**', '**/cli/**', '**/demo/**'], 'the kernel knows no module'),
  layer(
    ['src/modules/**'],
    [
      '**/server/**',
      '**/cli/**',
      '**/demo/**',
      // Another module's internals, from a module's top folder (../x/) or from its service/ folder (../../x/).
      ...['..', '../..'].flatMap((up) => ['routes', 'tables', 'present', 'validate', 'policy'].map((file) => `${up}/*/${file}.ts`)),
    ],
    'a module uses another only through its service, contract and queries',
    ['src/modules/*/tables.ts', '**/*.test.ts'],
  ),
  // Tables may name another module's table in a foreign key, and nothing else.
  layer(['src/modules/*/tables.ts'], ['**/server/**', '**/cli/**', '**/demo/**'], 'tables know only tables'),
);
