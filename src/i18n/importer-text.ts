/**
 * The import's strings in the reader's language. French, the reference,
 * comes with this module, so with the import's code (the dialog, the badge,
 * the messages): the page does not carry it. Another language is fetched by
 * `ensureImporterText` (`LANGUAGES[lang].importer`); until then, and for any
 * key it lacks, the French string is used.
 */
import { importerFr, type ImporterText } from './importer.ts';
import { LANGUAGES, isLang, withFallback, type Lang, type Language, type PartialCatalogue } from './index.ts';

const fetched = new Map<Lang, PartialCatalogue<ImporterText>>();
const resolved = new Map<Lang, ImporterText>();
const fetching = new Map<Lang, Promise<void>>();

/** Whether the import's strings of `lang` are at hand (always for French and unknown codes). */
export function importerReady(lang: Lang | string | undefined): boolean {
  if (!isLang(lang)) return true;
  const entry: Language = LANGUAGES[lang];
  return entry.importer === undefined || fetched.has(lang);
}

/** Fetches the import's strings of `lang` once (a no-op for French and for strings already here). */
export function ensureImporterText(lang: Lang | string | undefined): Promise<void> {
  if (!isLang(lang) || importerReady(lang)) return Promise.resolve();
  const load = (LANGUAGES[lang] as Language).importer;
  if (!load) return Promise.resolve();
  let pending = fetching.get(lang);
  if (!pending) {
    pending = load().then(
      (strings) => void fetched.set(lang, strings),
      (error: unknown) => {
        // French stays for this language's import strings; a later call tries again.
        fetching.delete(lang);
        console.error(`coopmap: the ${lang} import strings could not be loaded`, error);
      },
    );
    fetching.set(lang, pending);
  }
  return pending;
}

/** The import's strings of `lang` (French for an unknown language, for strings not fetched yet, and for any key they lack). */
export function importerText(lang: Lang | string | undefined): ImporterText {
  if (!isLang(lang)) return importerFr;
  let done = resolved.get(lang);
  if (!done) {
    const strings = fetched.get(lang);
    if (!strings) return importerFr;
    done = withFallback(strings, importerFr);
    resolved.set(lang, done);
  }
  return done;
}
