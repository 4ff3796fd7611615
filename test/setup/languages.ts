/**
 * Unit tests read every language synchronously (`msg('en')`): the catalogues
 * the page fetches on first use are fetched once here, before any test.
 */
import { LANG_CODES, ensureLang } from '../../src/i18n/index.ts';

await Promise.all(LANG_CODES.map((lang) => ensureLang(lang)));
