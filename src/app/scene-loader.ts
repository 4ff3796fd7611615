/**
 * Scene mode's entry, which ships with the page: fetches `data/scenes.json`
 * in parallel with the data, lists the scenes (the `presentation.scenes` of
 * `<coop-map>`, the header's Présenter button) and loads the scene controller
 * (`scene-controller.ts`) when a scene is shown. When the page runs on the
 * very files the build checked, the build's list of the scenes that pass
 * (`virtual:coopmap-verified`) stands and no scene code loads until then;
 * any other file or an import gets the checks at start, as before.
 */
import verified, { passedScenes } from 'virtual:coopmap-verified';
import { sha256 } from '../model/load.ts';
import type { Dataset } from '../model/types.ts';
import type { SceneMove } from '../query/types.ts';
import type { SceneController } from './scene-controller.ts';
import type { Scene } from './scenes.ts';

const noop = (): void => undefined;

export class SceneLoader {
  /** Scene mode, once its code is here and the scenes are checked. */
  controller: SceneController | null = null;
  /** `data/scenes.json`, fetched in parallel with the data. */
  private file: Promise<string> = Promise.reject(new Error('data/scenes.json is not fetched yet'));
  /** The scenes as the build checked them, while the scene code is not loaded. */
  private listed: Scene[] = [];
  /** The dataset the scenes are checked against: the one shown first. */
  private checkedAgainst: Dataset | null = null;
  private code: Promise<SceneController> | null = null;
  private ready: Promise<SceneController> | null = null;

  /** `load` fetches the scene code and creates the controller (called once); `arrived` is told when it is ready. */
  constructor(
    private readonly load: () => Promise<SceneController>,
    private readonly arrived: () => void,
  ) {
    this.file.catch(noop);
  }

  /** Whether the scenes are not checked yet (the data is not shown yet): the list may still grow. */
  get pending(): boolean {
    return this.checkedAgainst === null;
  }

  /** The scenes that passed every check, in order. */
  get list(): Scene[] {
    return this.controller?.scenes ?? this.listed;
  }

  /** Fetches `data/scenes.json`; in scene mode (`sceneMode`) the scene code too. */
  async fetch(base: string, sceneMode: boolean): Promise<void> {
    this.file = fetch(new URL('data/scenes.json', base).href).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    // Reported by the scene controller, which reads the file.
    this.file.catch(noop);
    if (sceneMode) await this.withFile().catch(noop);
  }

  /**
   * Before the data is first shown: the scenes are checked against it. When
   * the build checked these very files (`published`, and `scenes.json` as the
   * build read it), its list stands and the scene code waits for a scene.
   * Otherwise the scene code checks them, at once, or once `after` settles
   * when the page is not opened on a scene (the list fills in then; a scene
   * asked for meanwhile waits for the checks).
   */
  async check(dataset: Dataset, published: boolean, after: Promise<void> | null = null): Promise<void> {
    this.checkedAgainst = dataset;
    if (published && passedScenes && !this.code) {
      const listed = await this.asBuilt(passedScenes);
      if (listed) {
        this.listed = listed;
        return;
      }
    }
    if (after) void after.then(() => this.whenReady()).catch(noop);
    else await this.whenReady().catch(noop);
  }

  /** The scenes the build kept, from the file fetched; null when the file is not the one the build read. */
  private async asBuilt(ids: readonly string[]): Promise<Scene[] | null> {
    try {
      const text = await this.file;
      if (verified['data/scenes.json'] !== (await sha256(text))) return null;
      const all = (JSON.parse(text) as { scenes: Scene[] }).scenes;
      // A repeated id is left out after its first scene: the first is the one kept.
      return ids.map((id) => all.find((s) => s.id === id)).filter((s): s is Scene => s !== undefined);
    } catch {
      return null;
    }
  }

  /** The scene controller with `data/scenes.json` read. */
  private withFile(): Promise<SceneController> {
    this.code ??= this.load().then(async (controller) => {
      await controller.loadScenes(this.file);
      return controller;
    });
    return this.code;
  }

  /** Scene mode, ready: its code, the file read and the scenes checked against the dataset shown first. */
  private whenReady(): Promise<SceneController> {
    this.ready ??= this.withFile().then((controller) => {
      if (this.checkedAgainst) controller.start(this.checkedAgainst);
      this.controller = controller;
      this.arrived();
      return controller;
    });
    return this.ready;
  }

  /** Shows scene `id`, loading scene mode first if needed; says at once whether there is such a scene. */
  show(id: string): boolean {
    if (this.controller) return this.controller.show(id);
    if (!this.checkedAgainst) return false;
    void this.whenReady().then((controller) => controller.show(id), noop);
    return this.listed.some((s) => s.id === id);
  }

  /** Moves between scenes (from outside scene mode, `next` opens the first), or leaves scene mode. */
  move(move: SceneMove): void {
    if (this.controller || move === 'exit') this.controller?.move(move);
    else if (this.checkedAgainst) void this.whenReady().then((controller) => controller.move(move), noop);
  }
}
