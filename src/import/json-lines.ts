/**
 * Where each record of a JSON data file starts, as a line number, so a
 * message about `cooperations.json › gcs-g4 › members[1]` can also say
 * "line 52". The text is parsed by `JSON.parse`; this only scans it for the
 * start of the records (strings and escapes aware), without building values.
 */

/** Line of each element of the root array (`root`), or of each list of the root object (`lists`). */
export interface JsonLines {
  root: number[];
  lists: Map<string, number[]>;
}

export function jsonLines(text: string): JsonLines {
  const out: JsonLines = { root: [], lists: new Map() };
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let rootIsArray: boolean | null = null;
  let stringStart = -1;
  let lastKey = '';
  let list: number[] | null = null;
  // Whether the next non-blank character at the watched depth starts a new element.
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') {
        inString = false;
        if (depth === 1 && rootIsArray === false) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    // A value starts at the watched depth: depth 1 in a root array, depth 2 in a list of the root object.
    if (expectValue && ch !== ']' && ch !== ',') {
      if (depth === 1 && rootIsArray) out.root.push(line);
      else if (depth === 2 && list) list.push(line);
      expectValue = false;
    }
    if (ch === '"') {
      inString = true;
      stringStart = i;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) {
        rootIsArray = ch === '[';
        expectValue = rootIsArray;
      } else if (depth === 2 && rootIsArray === false && ch === '[') {
        list = [];
        out.lists.set(lastKey, list);
        expectValue = true;
      }
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 1 && rootIsArray === false) list = null;
    } else if (ch === ',') {
      if ((depth === 1 && rootIsArray) || (depth === 2 && list)) expectValue = true;
    }
  }
  return out;
}

/** The line of character `position` in `text` (JSON.parse errors give a position). */
export function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(position, text.length); i++) if (text[i] === '\n') line++;
  return line;
}
