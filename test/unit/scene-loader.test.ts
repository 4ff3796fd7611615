/**
 * When the scenes are checked against a dataset the build did not vouch for
 * (`SceneLoader.check`): at once when the page opens on a scene, else once
 * the map is ready, so the checks do not hold up the first drawing.
 */
import { describe, expect, test } from 'vitest';
import { SceneLoader } from '../../src/app/scene-loader.ts';
import type { SceneController } from '../../src/app/scene-controller.ts';
import type { Dataset } from '../../src/model/types.ts';

function fakeLoader(): { loader: SceneLoader; loads: () => number; checked: Dataset[]; scenes: { id: string }[] } {
  let loads = 0;
  const checked: Dataset[] = [];
  const scenes = [{ id: 'atp' }];
  const controller = {
    scenes,
    loadScenes: async () => undefined,
    start: (dataset: Dataset) => void checked.push(dataset),
  } as unknown as SceneController;
  const loader = new SceneLoader(
    async () => {
      loads += 1;
      return controller;
    },
    () => undefined,
  );
  return { loader, loads: () => loads, checked, scenes };
}

const noop = (): void => undefined;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('scene checks of data the build did not check', () => {
  const dataset = { establishments: [], cooperations: [] } as unknown as Dataset;

  test('opened on a scene: checked before `check` settles', async () => {
    const { loader, loads, checked, scenes } = fakeLoader();
    await loader.check(dataset, false, null);
    expect(loads()).toBe(1);
    expect(checked).toEqual([dataset]);
    expect(loader.list).toBe(scenes);
  });

  test('otherwise: `check` settles at once, the scene code loads and checks once `after` settles', async () => {
    const { loader, loads, checked, scenes } = fakeLoader();
    let release: () => void = noop;
    const after = new Promise<void>((resolve) => (release = resolve));
    await loader.check(dataset, false, after);
    await settle();
    expect(loads()).toBe(0);
    expect(checked).toEqual([]);
    expect(loader.pending).toBe(false);
    expect(loader.list).toEqual([]);
    release();
    await settle();
    expect(loads()).toBe(1);
    expect(checked).toEqual([dataset]);
    expect(loader.list).toBe(scenes);
  });
});
