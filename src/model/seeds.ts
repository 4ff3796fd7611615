/**
 * The truth rule, checked: every `sources[].quote` must occur in its seed
 * file once whitespace is normalised on both sides. Pure: the seed texts are
 * passed in (a test or a CLI reads them from `../shared/seeds/`).
 */
import { isObject } from './guards.ts';
import type { Dataset } from './types.ts';
import { locate, type DataIssue } from './validate.ts';

/** Collapses every whitespace run (spaces, no-break spaces, newlines…) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Calls `visit` for every `sources` array in `json`, with the path of the object holding it. */
function eachSources(json: unknown, path: (string | number)[], visit: (sources: unknown[], path: (string | number)[]) => void): void {
  if (Array.isArray(json)) {
    json.forEach((item, i) => eachSources(item, [...path, i], visit));
    return;
  }
  if (!isObject(json)) return;
  for (const [key, value] of Object.entries(json)) {
    if (key === 'sources' && Array.isArray(value)) visit(value, path);
    else eachSources(value, [...path, key], visit);
  }
}

/**
 * Reports every source whose quote is not found in its seed (after
 * whitespace normalisation), and every source naming a seed that is not in
 * `seedTexts` (keyed by file name, e.g. `000_15e9185a92ff980b.txt`).
 */
export function quoteIssues(dataset: Dataset, seedTexts: ReadonlyMap<string, string>): DataIssue[] {
  const normalised = new Map([...seedTexts].map(([name, text]) => [name, normaliseWhitespace(text)]));
  const files: [string, unknown][] = [
    ['data/establishments.json', dataset.establishments],
    ['data/cooperations.json', dataset.cooperations],
    ['data/posts.json', dataset.posts],
    ['data/figures.json', dataset.keyFigures],
    ['data/sources.json', dataset.sources],
  ];
  const issues: DataIssue[] = [];
  for (const [file, json] of files) {
    eachSources(json, [], (sources, path) => {
      sources.forEach((source, i) => {
        const where = locate(json, [...path, 'sources', i]);
        if (!isObject(source) || typeof source['seed'] !== 'string' || typeof source['quote'] !== 'string') {
          issues.push({ file, ...where, message: 'must be an object with a seed and a quote' });
          return;
        }
        const text = normalised.get(source['seed']);
        if (text === undefined) {
          issues.push({ file, ...locate(json, [...path, 'sources', i, 'seed']), message: `unknown seed file "${source['seed']}"` });
          return;
        }
        const quote = normaliseWhitespace(source['quote']);
        if (quote === '' || !text.includes(quote)) {
          issues.push({
            file,
            ...locate(json, [...path, 'sources', i, 'quote']),
            message: `quote not found in seed ${source['seed']}: "${source['quote']}"`,
          });
        }
      });
    });
  }
  return issues;
}
