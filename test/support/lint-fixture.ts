import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// Lints a few lines of source at made-up paths against the project's config, so a test shows what the rules
// catch without linting the tree. The made-up files are in no TypeScript project, so type-aware rules are off.
const root = new URL('../..', import.meta.url).pathname;
let eslint: ESLint | undefined;

/** The rules a one-line import from `filePath` (relative to the project) breaks. */
export async function rulesBrokenByImport(filePath: string, specifier: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: root, overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked }] });
  const source = `import { imported } from '${specifier}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}
