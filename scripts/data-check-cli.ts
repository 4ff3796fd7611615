/**
 * `npm run data:check -- FILE…`: the browser import's validation, in Node.
 * Each file is read as the import dialog reads it (CSV or JSON, encoding and
 * separator detected) and checked against the published data in `data/`
 * with the same rules; the messages are the dialog's, one per line.
 * Bundled and run by `scripts/data-check.mjs` (Node cannot run .ts itself).
 *
 * Options: `--add` (add to the published data; default: replace the lists
 * the files provide, as when committing new `data/*.json`), `--lang fr`,
 * `--strict` (warnings fail too). Exit code 1 on any error, 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { buildImport, formatImportIssue, parseImportFile } from '../src/import/index.ts';
import { LANG_CODES, ensureLang } from '../src/i18n/index.ts';
import { ensureImporterText, importerText } from '../src/i18n/importer-text.ts';
import type { Dataset } from '../src/model/types.ts';
import { parseCommuneZones } from '../src/import/communeZones.ts';

/** Fetches every language's strings (the browser fetches them on first use): call before {@link main}. */
export async function loadStrings(): Promise<void> {
  await Promise.all(LANG_CODES.flatMap((lang) => [ensureLang(lang), ensureImporterText(lang)]));
}

/**
 * Runs the check on `args` (file paths relative to `cwd`, and options),
 * against the data of the repository at `root`, printing to `out`; returns the exit code.
 */
export function main(args: string[], root: string, cwd: string = process.cwd(), out: (line: string) => void = console.log): number {
  const paths: string[] = [];
  let lang: 'fr' | 'en' = 'en';
  let add = false;
  let strict = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--add') add = true;
    else if (a === '--strict') strict = true;
    else if (a === '--lang' || a.startsWith('--lang=')) lang = (a === '--lang' ? args[++i] : a.slice(7)) === 'fr' ? 'fr' : 'en';
    else paths.push(resolve(cwd, a));
  }
  if (paths.length === 0 || args.some((a) => a.startsWith('--') && !/^--(add|strict|lang(=.*)?)$/.test(a))) {
    out('usage: npm run data:check -- FILE… [--add] [--strict] [--lang fr|en]');
    return 2;
  }
  const read = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown;
  const published = {
    establishments: read('data/establishments.json'),
    cooperations: read('data/cooperations.json'),
    posts: read('data/posts.json'),
    keyFigures: read('data/figures.json'),
  } as Dataset;
  const communeZones = parseCommuneZones(
    readFileSync(resolve(root, 'geo/communes.csv'), 'utf8'),
    readFileSync(resolve(root, 'geo/zones.csv'), 'utf8'),
  );
  const extent = (read('geo/npdc.topo.json') as { bbox: [number, number, number, number] }).bbox;
  const t = importerText(lang);
  const parsed = paths.map((path) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      out(`${relative(cwd, path)}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
    // Messages name the file as the dialog does: by its name.
    const file = parseImportFile(basename(path), bytes);
    const kind = file.kind ? t.kind[file.kind] : t.unknownKind;
    out(
      `${relative(cwd, path)}: ${t.fileLine(kind ?? '', file.encoding ? (t.encoding[file.encoding] ?? '') : '—', file.separator ? (t.separator[file.separator] ?? '') : '', file.records.length)}`,
    );
    return file;
  });
  if (parsed.some((p) => p === null)) return 2;
  const result = buildImport(
    parsed.filter((p) => p !== null),
    published,
    { mode: add ? 'add' : 'replace', keep: 'reject', communeZones, extent },
  );
  for (const issue of result.issues) out(formatImportIssue(issue, lang));
  out(t.summary(result.errors, result.warnings));
  return result.errors > 0 || (strict && result.warnings > 0) ? 1 : 0;
}
