/**
 * Text in one module: a third, partial catalogue falls back to French key by
 * key; French dates and numbers go through `Intl` and the catalogue.
 */
import { describe, expect, test } from 'vitest';
import {
  LANGUAGES,
  LANG_CODES,
  formatLongDate,
  isLang,
  msg,
  nextLang,
  stepLabel,
  withFallback,
  type Messages,
  type PartialCatalogue,
} from '../../src/i18n/index.ts';
import { en, enParts } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { listFr, listText } from '../../src/i18n/list.ts';
import { dialogsFr, dialogsText } from '../../src/i18n/dialogs.ts';
import { issuesFr, issuesText } from '../../src/i18n/issues.ts';
import { panelsFr, panelsText } from '../../src/i18n/panels.ts';

/** A German catalogue that translates only a few keys, at several depths. */
const de: PartialCatalogue<Messages> = {
  title: 'Kooperationen des CHRU de Lille',
  filters: { heading: 'Filter' },
  layout: { fullscreen: 'Vollbild', fold: (panel: string): string => `Bereich ${panel} einklappen` },
  linkKinds: { convention: 'Vereinbarungen' },
  format: { step: (n: number, total: number): string => `Schritt ${n} von ${total}` },
};

describe('a partial catalogue', () => {
  const t = withFallback(de, fr);

  test('uses its own strings where it has them, at any depth', () => {
    expect([t.title, t.filters.heading, t.layout.fold('Filter'), t.linkKinds.convention, t.format.step(2, 5)]).toEqual([
      'Kooperationen des CHRU de Lille',
      'Filter',
      'Bereich Filter einklappen',
      'Vereinbarungen',
      'Schritt 2 von 5',
    ]);
  });

  test('falls back to French key by key, never group by group', () => {
    expect([t.subtitle, t.layout.exitFullscreen, t.layout.fold === fr.layout.fold, t.linkKinds.gcs, t.linkKinds.posts]).toEqual([
      'Nord-Pas-de-Calais et au-delà',
      'Quitter le plein écran',
      false,
      'GCS',
      'Postes partagés (CHRU → site)',
    ]);
    expect(t.format.range('7', '8')).toBe('7 à 8');
    // Arrays are values: taken whole from the reference, not merged.
    expect(withFallback({}, issuesFr).messages).toBe(issuesFr.messages);
    // Every key of the reference is there.
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(t)).toEqual(keys(fr));
  });

  test('a complete catalogue is itself', () => {
    expect(withFallback(en, fr)).toEqual(en);
  });
});

describe('the languages of the app', () => {
  test('are listed once, French first; unknown codes read French', () => {
    expect(LANG_CODES).toEqual(['fr', 'en']);
    expect(Object.keys(LANGUAGES)).toEqual([...LANG_CODES]);
    expect([isLang('en'), isLang('de'), isLang('toString')]).toEqual([true, false, false]);
    expect(msg('de').title).toBe(fr.title);
    expect(msg('en').title).toBe(en.title);
    expect([nextLang('fr'), nextLang('en')]).toEqual(['en', 'fr']);
  });

  test('write long dates through Intl, with the French ordinal first of the month', () => {
    expect(formatLongDate('2009-07-01', 'fr')).toBe('1er juillet 2009');
    expect(formatLongDate('2001-12-13', 'fr')).toBe('13 décembre 2001');
    expect(formatLongDate('2009-07-01', 'en')).toBe('1 July 2009');
    expect(formatLongDate('2001-12-01', 'fr', 'month')).toBe('décembre 2001');
    expect(formatLongDate('2001-12-01', 'en', 'year')).toBe('2001');
  });

  test('say the scene step in words', () => {
    expect(stepLabel(2, 11, 'fr')).toEqual({ text: '3 / 11', label: 'Étape 3 sur 11' });
    expect(stepLabel(0, 11, 'en')).toEqual({ text: '1 / 11', label: 'Step 1 of 11' });
  });
});

describe('the catalogue parts (the panels, the list, the dialogs, the data issues)', () => {
  test('read in each language, French for an unknown code', () => {
    expect([listText('fr').colName, listText('en').colName, listText('de').colName]).toEqual(['Nom', 'Name', 'Nom']);
    expect(dialogsText('en').sourcesPanel.credits).toBe(enParts.dialogs.sourcesPanel.credits);
    expect(dialogsText('fr')).toBe(dialogsFr);
    expect([issuesText('fr').network, issuesText('en').network]).toEqual([issuesFr.network, enParts.issues.network]);
    expect([panelsText('fr').legend.hub, panelsText('en').legend.hub]).toEqual([panelsFr.legend.hub, enParts.panels.legend.hub]);
  });

  test('are complete in English, and hold no key the main catalogue holds', () => {
    expect(withFallback(enParts.list, listFr)).toEqual(enParts.list);
    expect(withFallback(enParts.dialogs, dialogsFr)).toEqual(enParts.dialogs);
    expect(withFallback(enParts.panels, panelsFr)).toEqual(enParts.panels);
    expect(withFallback(enParts.issues, issuesFr)).toEqual(enParts.issues);
    // One definition per string: a part's key is not also in the main catalogue's group of the same name.
    for (const [group, strings] of [...Object.entries(panelsFr), ...Object.entries(dialogsFr), ['list', listFr] as const]) {
      const main: unknown = (fr as Record<string, unknown>)[group] ?? {};
      expect(Object.keys(strings).filter((key) => typeof main === 'object' && main !== null && key in main)).toEqual([]);
    }
  });
});

describe('plurals follow each language’s rule (Intl.PluralRules)', () => {
  test('English: 0 and 2 are plural, 1 is singular', () => {
    const t = msg('en');
    expect([0, 1, 2].map((n) => t.search.results(n))).toEqual(['0 results', '1 result', '2 results']);
    expect(panelsText('en').filters.linksCount(0)).toBe('0 links shown');
  });
});
