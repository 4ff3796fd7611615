/**
 * Under `lang=en`, no French sentence from the data remains. Walks every data
 * string the app can display (names, notes, topics, labels, units, rate texts,
 * kind notes, facts) and checks that an English version exists and differs,
 * unless the French is a proper noun or a word spelt the same in English
 * (small explicit lists below); then checks that the display functions return
 * the English one.
 */
import { describe, expect, test } from 'vitest';
import { aboutSections } from '../../src/query/about.ts';
import { establishmentCard } from '../../src/query/cards.ts';
import { kindNoteOf, nameOf, noteOf, topicsOf } from '../../src/query/localize.ts';
import { realDataset } from '../fixtures/realData.ts';

const data = realDataset();

/** Names that are proper nouns although they hold a parenthesis: the place or the body, not a description. */
const PROPER_PARENTHESES = new Set(['(Maubeuge)', '(Avesnes-sur-Helpe)', '(Fondation Hopale)', '(Courtrai)', '(Bruxelles)']);
/** Cooperation names that are proper nouns with no English form. */
const PROPER_COOPERATION_NAMES = new Set(['GCS Stérinord']);
/** Topics spelt the same in both languages. */
const SAME_IN_ENGLISH = new Set(['expertise', 'neurosciences']);

/** [where, French, English] for every displayable French string of the data. */
function pairs(): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = [];
  const add = (where: string, fr: string | undefined, en: string | undefined): void => {
    if (fr !== undefined) out.push([where, fr, en]);
  };
  const list = (where: string, fr: readonly string[] | undefined, en: readonly string[] | undefined): void => {
    (fr ?? []).forEach((t, i) => {
      if (!SAME_IN_ENGLISH.has(t)) add(`${where}[${i}]`, t, en?.length === fr?.length ? en?.[i] : undefined);
    });
  };
  for (const e of data.establishments) {
    const parens = e.name.match(/\([^)]*\)/g) ?? [];
    if (parens.some((p) => !PROPER_PARENTHESES.has(p))) add(`${e.id}.name`, e.name, e.nameEn);
    add(`${e.id}.note`, e.note, e.noteEn);
    if (e.kindSource === 'public-knowledge') add(`${e.id}.kindNote`, e.kindNote ?? '', e.kindNoteEn);
  }
  for (const c of data.cooperations) {
    if (!PROPER_COOPERATION_NAMES.has(c.name)) add(`${c.id}.name`, c.name, c.nameEn);
    add(`${c.id}.note`, c.note, c.noteEn);
    list(`${c.id}.topics`, c.topics, c.topicsEn);
  }
  for (const s of data.posts.schemes) {
    add(`schemes.${s.id}.name`, s.name, s.nameEn);
    if (s.rate) add(`schemes.${s.id}.rate.text`, s.rate.text, s.rate.textEn);
  }
  for (const v of data.posts.siteValues) add(`siteValues.${v.id}.note`, v.note, v.noteEn);
  for (const x of data.posts.extras) {
    add(`extras.${x.id}.label`, x.label, x.labelEn);
    add(`extras.${x.id}.note`, x.note, x.noteEn);
  }
  for (const f of [...data.posts.figures, ...data.keyFigures.figures]) {
    add(`figures.${f.id}.label`, f.label, f.labelEn);
    if (f.unit !== '%' && f.unit !== 'conventions') add(`figures.${f.id}.unit`, f.unit, f.unitEn);
    add(`figures.${f.id}.note`, f.note, f.noteEn);
  }
  for (const seed of data.sources?.seeds ?? []) {
    add(`sources.${seed.seed}.title`, seed.title, seed.titleEn);
    add(`sources.${seed.seed}.when`, seed.when, seed.whenEn);
  }
  for (const map of data.posts.maps ?? []) {
    for (const a of map.assumptions) add(`maps.${map.scheme}.assumptions.${a.id}.text`, a.text, a.textEn);
  }
  for (const f of data.keyFigures.facts ?? []) {
    add(`facts.${f.id}.title`, f.title, f.titleEn);
    add(`facts.${f.id}.text`, f.text, f.textEn);
    list(`facts.${f.id}.topics`, f.topics, f.topicsEn);
    (f.figures ?? []).forEach((x, i) => add(`facts.${f.id}.figures[${i}].label`, x.label, x.labelEn));
    (f.dates ?? []).forEach((x, i) => add(`facts.${f.id}.dates[${i}].label`, x.label, x.labelEn));
  }
  return out;
}

describe('English for every displayed data string', () => {
  test('every French text has an English version that differs from it', () => {
    const missing = pairs()
      .filter(([, fr, en]) => en === undefined || en.trim() === '' || en === fr)
      .map(([where]) => where);
    expect(missing).toEqual([]);
  });

  test('the walk covers the data (it would miss nothing silently)', () => {
    const all = pairs();
    expect(all.filter(([w]) => w.endsWith('.note')).length).toBeGreaterThanOrEqual(48 + 30);
    expect(all.some(([w]) => w === 'col.kindNote')).toBe(true);
    expect(all.some(([w]) => w.startsWith('facts.perinatal-network-lille'))).toBe(true);
  });

  test('the display functions return the English text under lang=en', () => {
    for (const e of data.establishments) {
      if (e.note !== undefined) expect(noteOf(e, 'en'), e.id).toBe(e.noteEn);
      if (e.nameEn !== undefined) expect(nameOf(e, 'en'), e.id).toBe(e.nameEn);
      if (e.kindSource === 'public-knowledge') expect(kindNoteOf(e, 'en'), e.id).toBe(e.kindNoteEn);
      const card = establishmentCard(data, e.id);
      for (const c of card?.cooperations ?? []) {
        const coop = data.cooperations.find((x) => x.id === c.id);
        expect(topicsOf(c, 'en'), c.id).toEqual(coop?.topicsEn ?? []);
      }
    }
  });

  test('the "Le CHRU en chiffres" panel in English holds no French text of the data', () => {
    const shown = aboutSections(data, 'en').flatMap((s) =>
      s.items.flatMap((i) => [i.label, i.unit ?? '', ...i.lines, ...i.details, ...i.topics]),
    );
    // A French string shown as it is, or (when long enough to be a sentence) inside a shown string.
    const french = pairs()
      .map(([, fr]) => fr)
      .filter((fr) => shown.includes(fr) || (fr.length >= 25 && shown.some((text) => text.includes(fr))));
    expect(french).toEqual([]);
    // And the check can fail: the French panel shows them.
    const shownFr = aboutSections(data, 'fr').flatMap((s) => s.items.flatMap((i) => [i.label, ...i.lines, ...i.topics]));
    expect(pairs().filter(([, fr]) => shownFr.includes(fr)).length).toBeGreaterThan(20);
  });
});

describe('kinds taken from public knowledge are marked', () => {
  test('the establishments whose kind the seeds do not state say so, in French and English', () => {
    const marked = data.establishments.filter((e) => e.kindSource === 'public-knowledge').map((e) => e.id);
    expect(marked).toEqual(['ch-somain', 'col', 'epsm-lille-metropole', 'ghicl', 'hpm', 'hopale', 'chu-amiens', 'chu-caen', 'chu-rouen']);
    for (const e of data.establishments.filter((x) => x.kindSource === 'public-knowledge')) {
      expect(
        [e.kindNote?.length ?? 0, e.kindNoteEn?.length ?? 0].every((n) => n > 20),
        e.id,
      ).toBe(true);
    }
  });
});
