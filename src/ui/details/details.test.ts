// @vitest-environment happy-dom
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { territoriesFromTopology, zonesOf } from '../../map/territories.ts';
import { parseCommuneIndex } from '../../model/communes.ts';
import type { Zone } from '../../model/types.ts';
import { bassinCard, communeCard, cooperationCard, establishmentCard } from '../../query/cards.ts';
import { countsByBassin } from '../../query/countsByBassin.ts';
import { distancesFrom } from '../../query/distances.ts';
import { DEFAULT_STATE, HUB_ID } from '../../query/state.ts';
import { readRepoJson, realDataset } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text } from '../../../test/fixtures/components.ts';
import './details.ts';

const dataset = realDataset();
const counts = countsByBassin(dataset, DEFAULT_STATE.filters);
const zones: Zone[] = zonesOf(territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology));
// What the app passes beside the cards.
const common = {
  names: new Map(dataset.establishments.map((e) => [e.id, e.shortName])),
  zoneNames: new Map(zones.map((z) => [z.id, z.name])),
  seeds: dataset.sources?.seeds ?? [],
};
const lens = {
  ...common,
  establishment: establishmentCard(dataset, 'ch-lens', counts),
  distances: distancesFrom(dataset, 'ch-lens'),
  hubKm: distancesFrom(dataset, HUB_ID)?.get('ch-lens') ?? null,
};

describe('<coop-details>', () => {
  test('without a card: what to do', async () => {
    const el = await mount('coop-details');
    expect(text($(el, 'p.empty'))).toBe(
      'Sélectionnez un établissement (recherche, carte) ou un bassin (tableau, carte) pour voir sa fiche.',
    );
  });

  test('an establishment of the real data (CH Lens): place, memberships, cooperations, posts (French)', async () => {
    const el = await mount('coop-details', lens);
    const card = $(el, '[data-testid="details"]');
    expect(card.dataset['id']).toBe('ch-lens');
    expect(text($(el, '[data-testid="details-title"]'))).toBe('Centre hospitalier de Lens');
    expect(text($(el, 'header .sub'))).toBe('Centre hospitalier');
    const dl = Object.fromEntries($$(el, 'dl dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(dl).toEqual({
      Commune: 'Lens — centre de la commune (site non précisé)',
      'Zone de proximité': 'Lens-Hénin',
      Distance: 'À 24,7 km du CHRU de Lille (à vol d’oiseau)',
      Bassin: 'Artois',
      'CHT / GHT': 'CHT de l’Artois, CHT de l’Artois-Douaisis',
    });
    expect($$(el, 'h3').map(text)).toEqual(['Coopérations (5)', 'Postes partagés']);
    const dates = $$(el, '[data-testid="coop-date"]').map(text);
    expect(dates[0]).toBe('depuis le 6 déc. 2011 · constitué');
    expect(dates[2]).toBe('depuis le 14 févr. 2013 · constitué');
    // An undated cooperation: shown from the document that attests it.
    expect(dates[1]).toMatch(
      /^début inconnu · attestée par « Diaporama « Le CHU et son Territoire de Santé .* écrit les 20 et 21 septembre 2013 · cité à cette date selon ce document$/,
    );
    expect(text($$(el, 'ul.coops .partners')[1])).toBe('avec CH Arras (16,8 km), CH Béthune (14,2 km), CH Douai (20,6 km)');
    // Posts: the ATP group value (deduced, shared, unsplit) and the CCU value.
    const posts = $$(el, 'ul.posts > li');
    expect(posts.map((li) => [text(li.querySelector('strong')), text(li.querySelector('.v')), text(li.querySelector('.muted'))])).toEqual([
      ['ATP', '85*', '« Arras, Lens, Douai »'],
      ['CCU-Région', '3*', '« Lens »'],
    ]);
    expect(text(posts[0]!.querySelector('[data-testid="site-status"]'))).toMatch(
      /^Valeur de groupe : seule la somme est sûre \(36 lectures\)/,
    );
    expect(text(posts[1]!.querySelector('[data-testid="site-status"]'))).toBe(
      'Déduite : les 2 lectures compatibles avec les totaux publiés la donnent toutes.',
    );
  });

  test('partners, the bassin and the close button send coop-select', async () => {
    const seen = events('coop-select');
    const el = await mount('coop-details', lens);
    const partner = $$(el, 'ul.coops .partners .link-btn').find((b) => text(b) === 'CH Douai');
    await click(el, partner!);
    await click(
      el,
      $$(el, 'dd .link-btn').find((b) => text(b) === 'Artois')!,
    );
    const close = $(el, 'header button.close');
    expect(close.getAttribute('aria-label')).toBe('Fermer la fiche');
    await click(el, close);
    expect(seen).toEqual([{ id: 'ch-douai' }, { id: 'artois' }, { id: null }]);
    // After a selection the app moves focus to the card's heading.
    el.focusHeading();
    expect(el.shadowRoot?.activeElement).toBe($(el, '[data-testid="details-title"]'));
  });

  test('English with lang="en"', async () => {
    const el = await mount('coop-details', { ...lens, lang: 'en' });
    expect($$(el, 'h3').map(text)).toEqual(['Cooperations (5)', 'Shared posts']);
    expect(text($(el, '[data-testid="hub-km"]'))).toBe('24.7 km from the CHRU de Lille (as the crow flies)');
    expect(text($(el, '[data-testid="coop-date"]'))).toBe('since 6 Dec 2011 · constituted');
    expect(text($(el, 'ul.coops strong'))).toBe('GCS University hospital of Artois');
  });

  test('a bassin (Artois): its counts, zones and establishments', async () => {
    const seen = events('coop-select');
    const el = await mount('coop-details', { ...common, bassin: bassinCard(dataset, 'artois', counts, zones) });
    expect(text($(el, '[data-testid="details-title"]'))).toBe('Bassin Artois');
    expect(text($(el, 'header .sub'))).toBe('4 zones de proximité');
    expect($$(el, 'dl dd').map(text)).toEqual(['ATP 86 · CCU-Région 3', 'Arrageois, Béthune-Bruay, Douaisis, Lens-Hénin']);
    expect(text($$(el, 'h3')[0])).toBe('Établissements (5)');
    expect($$(el, 'ul.estabs .link-btn').map(text)).toEqual(['CH Arras', 'CH Béthune', 'CH Douai', 'CH Lens', 'CH Somain']);
    await click(el, $$(el, 'ul.estabs .link-btn')[4]!);
    expect(seen).toEqual([{ id: 'ch-somain' }]);
  });

  test('a cooperation (CHT de l’Artois-Douaisis): status at the date, members', async () => {
    const el = await mount('coop-details', {
      ...common,
      cooperation: cooperationCard(dataset, 'cht-artois-douaisis', DEFAULT_STATE.filters.date),
    });
    const card = $(el, '[data-testid="details"]');
    expect([card.dataset['id'], card.dataset['type']]).toEqual(['cht-artois-douaisis', 'cooperation']);
    expect(text($(el, '[data-testid="details-title"]'))).toBe('CHT de l’Artois-Douaisis');
    expect(text($(el, 'header .sub'))).toBe('Coopération · CHT');
    expect(text($(el, '[data-testid="coop-at-date"]'))).toBe('en vigueur à la date affichée');
    expect($$(el, '[data-testid="coop-members"] .link-btn').map(text)).toEqual(['CH Arras', 'CH Béthune', 'CH Douai', 'CH Lens']);
    expect(text($$(el, 'h3')[0])).toBe('Membres (4)');
    const dl = Object.fromEntries($$(el, 'dl dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(dl['Thèmes']).toBe('cancérologie · optimisation des achats · permanence des soins en établissement de santé');
  });

  test('a cooperation in English: its name, topics and note in English', async () => {
    const el = await mount('coop-details', {
      ...common,
      lang: 'en',
      cooperation: cooperationCard(dataset, 'cht-artois-douaisis', DEFAULT_STATE.filters.date),
    });
    expect(text($(el, '[data-testid="details-title"]'))).toBe('Artois-Douaisis CHT');
    expect(text($(el, '[data-testid="coop-at-date"]'))).toBe('in force at the date shown');
    const dl = Object.fromEntries($$(el, 'dl dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(dl['Topics']).toBe('oncology · optimising purchasing · out-of-hours care in hospitals');
    expect(text($(el, 'p.note'))).toBe(
      '“Largest CHT in France”. Medical project being drawn up in 2013: the topics are the priorities for 2013.',
    );
  });

  test('a commune from the search (Lens, 62498): its zone, bassin, establishments and nearest partners', async () => {
    const { communes } = parseCommuneIndex(readRepoJson('geo/communes.index.json'));
    const el = await mount('coop-details', { ...common, commune: communeCard(dataset, communes, zones, '62498') });
    const card = $(el, '[data-testid="details"]');
    expect([card.dataset['id'], card.dataset['type']]).toEqual(['62498', 'commune']);
    expect(text($(el, 'header .sub'))).toBe('Commune (INSEE 62498)');
    expect(text($(el, '[data-testid="commune-zone"]'))).toBe('Lens-Hénin');
    expect(text($(el, '[data-testid="commune-bassin"]'))).toBe('Artois');
    expect($$(el, '[data-testid="commune-nearest"] li').map((li) => li.dataset['id'])).toEqual([
      'ch-lens',
      'ch-bethune',
      'ch-arras',
      'ch-seclin',
      'ch-douai',
    ]);
    expect($$(el, '[data-testid="commune-nearest"] li').map(text)).toEqual([
      'CH Lens 0,3 km · Centre hospitalier',
      'CH Béthune 14,2 km · Centre hospitalier',
      'CH Arras 17,0 km · Centre hospitalier',
      'CH Seclin 19,5 km · Centre hospitalier',
      'CH Douai 20,4 km · Centre hospitalier',
    ]);
    expect($$(el, 'ul.estabs .link-btn').map(text)).toEqual(['CH Lens']);
  });
});
