// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readRepoJson } from '../../../test/fixtures/realData.ts';
import { $, $$, click, events, mount, text, update } from '../../../test/fixtures/components.ts';
import './scene-caption.ts';

interface SceneText {
  id: string;
  title: { fr: string; en: string };
  caption: { fr: string; en: string };
}
const scenes = (readRepoJson('data/scenes.json') as { scenes: SceneText[] }).scenes;
const network = scenes.find((s) => s.id === 'network') as SceneText;

describe('<coop-scene-caption>', () => {
  test('title, caption (verbatim: resolving its tokens is the app’s job) and step of a real scene, French by default', async () => {
    const el = await mount('coop-scene-caption', {
      heading: network.title.fr,
      caption: network.caption.fr,
      index: scenes.indexOf(network),
      total: scenes.length,
    });
    expect(text($(el, '[data-testid="scene-title"]'))).toBe('Tout le réseau');
    expect($(el, '[data-testid="scene-text"]').textContent).toBe(network.caption.fr);
    const step = $(el, '[data-testid="scene-step"]');
    expect(text(step)).toBe('11 / 11');
    expect(step.getAttribute('aria-label')).toBe('Étape 11 sur 11');
    expect($(el, 'section').getAttribute('aria-label')).toBe('Présentation');
    expect($$(el, 'nav button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Précédent : étape précédente (←, Page précédente)',
      'Suivant : étape suivante (→, Page suivante, Espace)',
      'Quitter la présentation et explorer librement (Échap)',
    ]);
    // The last scene: Next is disabled, Previous is not.
    expect($<HTMLButtonElement>(el, '[data-testid="scene-next"]').disabled).toBe(true);
    expect($<HTMLButtonElement>(el, '[data-testid="scene-previous"]').disabled).toBe(false);
  });

  test('buttons send coop-scene-move previous / next / exit (English labels)', async () => {
    const seen = events('coop-scene-move');
    const el = await mount('coop-scene-caption', { lang: 'en', heading: scenes[1]!.title.en, index: 1, total: scenes.length });
    expect($$(el, 'nav .label').map(text)).toEqual(['Previous', 'Next', 'Exit']);
    expect($(el, '[data-testid="scene-step"]').getAttribute('aria-label')).toBe('Step 2 of 11');
    await click(el, $(el, '[data-testid="scene-previous"]'));
    await click(el, $(el, '[data-testid="scene-next"]'));
    await click(el, $(el, '[data-testid="scene-exit"]'));
    expect(seen).toEqual([{ move: 'previous' }, { move: 'next' }, { move: 'exit' }]);
  });

  test('first scene: Previous is disabled; without nav (embed) only the step shows', async () => {
    const el = await mount('coop-scene-caption', { index: 0, total: scenes.length });
    expect($<HTMLButtonElement>(el, '[data-testid="scene-previous"]').disabled).toBe(true);
    await update(el, { nav: false });
    expect($$(el, 'button')).toEqual([]);
    expect(text($(el, '[data-testid="scene-step"]'))).toBe('1 / 11');
  });
});
