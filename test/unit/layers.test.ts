/**
 * Data flows one way (README "How the code is laid out"): nothing in
 * `src/model`, `src/query`, `src/map`, `src/ui`, `src/export` or `src/i18n`
 * imports from `src/app/`; language branches (`lang === 'fr'`) live in
 * `src/i18n/` only. Reads the sources as text: a new violation fails here
 * with its file and line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** The production sources: the component tests beside them (`*.test.ts`) are not part of the data flow. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

const files = sources(SRC).map((path) => ({
  path,
  rel: relative(ROOT, path).replaceAll('\\', '/'),
  lines: readFileSync(path, 'utf8').split('\n'),
}));

/** `file:line  text` for every line of files outside `allowed` that matches `pattern`. */
function offenders(
  pattern: RegExp,
  allowed: (rel: string) => boolean,
  keep: (line: string, file: (typeof files)[number]) => boolean = () => true,
): string[] {
  return files
    .filter((f) => !allowed(f.rel))
    .flatMap((f) => f.lines.flatMap((line, i) => (pattern.test(line) && keep(line, f) ? [`${f.rel}:${i + 1}  ${line.trim()}`] : [])));
}

describe('layers', () => {
  test('there are sources to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test('model, query, map, ui, export and i18n never import from src/app/ (only the entry files above it do)', () => {
    const found = offenders(
      /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/,
      (rel) => !/^src\/(model|query|map|ui|export|i18n)\//.test(rel),
      (line, f) => {
        const m = /(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/.exec(line);
        const spec = m?.[1] ?? '';
        return (
          spec.startsWith('.') &&
          relative(SRC, resolve(dirname(f.path), spec))
            .replaceAll('\\', '/')
            .startsWith('app/')
        );
      },
    );
    expect(found).toEqual([]);
  });

  test('language branches live in src/i18n/ only', () => {
    expect(offenders(/\b(?:lang|value|this\.lang)\s*[!=]==\s*['"](?:fr|en)['"]/, (rel) => rel.startsWith('src/i18n/'))).toEqual([]);
  });

  test('each component lives in a folder named after its tag, in a file of the same name', () => {
    const misplaced: string[] = [];
    for (const dir of readdirSync(join(SRC, 'ui'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const main = join(SRC, 'ui', dir.name, `${dir.name}.ts`);
      let text = '';
      try {
        text = readFileSync(main, 'utf8');
      } catch {
        misplaced.push(`src/ui/${dir.name}/ has no ${dir.name}.ts`);
        continue;
      }
      if (!text.includes(`customElements.define('coop-${dir.name}'`))
        misplaced.push(`src/ui/${dir.name}/${dir.name}.ts does not define <coop-${dir.name}>`);
    }
    expect(misplaced).toEqual([]);
  });
});
