/**
 * Bytes of a dropped file → text, as a French office suite writes it: UTF-8
 * with or without a byte-order mark, or Windows-1252 (what "CSV (séparateur :
 * point-virgule)" produces on a French Windows). The decoder is strict UTF-8
 * first: a Windows-1252 "é" (0xE9 alone) is not valid UTF-8, so it fails and
 * the file is read again as Windows-1252. Pure: TextDecoder exists in browsers and Node.
 */

/** The encodings we recognise, as the import dialog names them. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Files above this size are refused before they are read or parsed (the real data is a few tens of KB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Windows-1252 characters for the bytes 0x80–0x9F (€, ’, œ, …), where it
 * differs from Latin-1; undefined bytes stay as they are. Some runtimes
 * (Node's TextDecoder without full ICU) decode "windows-1252" as Latin-1.
 */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes `bytes`, saying which encoding was used; a leading BOM is removed. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
    return { text, encoding: 'windows-1252' };
  }
}

/** The CSV separators we accept. */
export type Separator = ';' | ',';

/**
 * The separator of a CSV, from its header line: `;` when it has more
 * semicolons than commas (French spreadsheets), `,` otherwise. The header
 * holds column names only, which never contain either character.
 */
export function sniffSeparator(text: string): Separator {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  const count = (ch: string): number => header.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
