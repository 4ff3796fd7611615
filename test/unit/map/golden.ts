/**
 * Golden files for what we hand to MapLibre (GeoJSON, layers, paint values):
 * JSON snapshots under `__golden__/`. A mismatch writes `<name>-changed.json`
 * beside the golden (git-ignored) and fails; a missing golden is created
 * locally, never under CI (there it fails).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '__golden__');

export function expectGolden(name: string, value: unknown): void {
  const file = resolve(DIR, `${name}.json`);
  const changed = resolve(DIR, `${name}-changed.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (!existsSync(file)) {
    if (process.env['CI']) throw new Error(`golden ${name}.json is missing (goldens are never created under CI)`);
    writeFileSync(file, text);
    return;
  }
  if (readFileSync(file, 'utf8') !== text) {
    writeFileSync(changed, text);
    throw new Error(`golden ${name}.json differs: compare with ${name}-changed.json, and replace the golden if the change is intended`);
  }
  rmSync(changed, { force: true });
}
