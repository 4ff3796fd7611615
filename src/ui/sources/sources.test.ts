// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { SourcesData } from '../../model/types.ts';
import { readRepoJson } from '../../../test/fixtures/realData.ts';
import { $$, mount, text } from '../../../test/fixtures/components.ts';
import './sources.ts';

const described = (readRepoJson('data/sources.json') as SourcesData).seeds;

describe('<coop-sources>', () => {
  test('lists every seed once, sorted, titled and dated from data/sources.json (French by default)', async () => {
    // One described seed cited again, and one cited seed the sources file does not describe.
    const el = await mount('coop-sources', { described, seeds: ['000_15e9185a92ff980b.txt', '999_not_described.txt'] });
    const items = $$(el, '[data-testid="seeds"] li');
    expect(items).toHaveLength(described.length + 1);
    expect(items.map((li) => text(li.querySelector('code')))).toEqual(
      [...described.map((d) => d.seed), '999_not_described.txt'].toSorted(),
    );
    expect(text(items[0])).toBe(
      'Diaporama « Le CHU et son Territoire de Santé : Expérience de Lille et de sa Région », séminaire de la CME AP-HP, 20 sept. 2013 000_15e9185a92ff980b.txt',
    );
    // A seed the sources file does not describe is still listed, under its file name.
    expect(text(items.at(-1))).toMatch(/999_not_described\.txt$/);
    expect($$(el, 'h3').map(text)).toEqual(['Documents sources', 'Crédits']);
  });

  test('English with lang="en"', async () => {
    const el = await mount('coop-sources', { described, lang: 'en' });
    expect(text($$(el, '[data-testid="seeds"] li')[0])).toBe(
      'Slides “Le CHU et son Territoire de Santé: Expérience de Lille et de sa Région”, AP-HP medical committee seminar, 20 Sept 2013 000_15e9185a92ff980b.txt',
    );
    expect($$(el, 'h3').map(text)).toEqual(['Source documents', 'Credits']);
  });
});
