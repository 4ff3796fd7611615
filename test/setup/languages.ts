/**
 * Unit tests read every language synchronously (`msg('en')`, `importerText('en')`):
 * the catalogues the page fetches on first use are fetched once here, before any test.
 */
import { LANG_CODES, ensureLang } from '../../src/i18n/index.ts';
import { ensureImporterText } from '../../src/i18n/importer-text.ts';

await Promise.all(LANG_CODES.flatMap((lang) => [ensureLang(lang), ensureImporterText(lang)]));
