/**
 * Scene mode of `<coop-map>` (`scene="<id>"`, `?scene=<id>`): a lit
 * controller, loaded with the mode (see `mode-controller.ts`). It reads
 * `data/scenes.json`, checks the scenes against the data, and shows one: its
 * state and camera, its caption and step indicator in large type. ←/→,
 * PageUp/PageDown, Space, Home/End move between scenes with a smooth camera
 * flight; Esc leaves scene mode and keeps the state. On the app page every
 * step is a history entry whose URL has the state and `scene`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Dataset } from '../model/types.ts';
import { sha256 } from '../model/load.ts';
import type { SchemaIssue } from '../model/validate.ts';
import verified from 'virtual:coopmap-verified';
import type { MapView } from '../map/map-view.ts';
import type { AppState, Lang } from '../query/types.ts';
import { emit } from '../ui/events.ts';
import '../ui/scene-caption/scene-caption.ts';
import type { SceneMoveDetail } from '../ui/scene-caption/scene-caption.ts';
import { msg, presentText } from '../i18n/index.ts';
import type { FramingController } from './framing-controller.ts';
import type { Control } from './presentation.ts';
import {
  checkScenes,
  formatSceneIssue,
  moveScene,
  sceneAppState,
  sceneIdFromSearch,
  sceneKeyMove,
  sceneProblem,
  sceneTexts,
  type Scene,
  type SceneIssue,
  type SceneMove,
} from './scenes.ts';
import { queryFor, type Store } from './store.ts';

/** What the element lets scene mode see and drive. */
export interface SceneHost {
  store: Store;
  /** The camera the scene holds. */
  framing: FramingController;
  view(): MapView | null;
  dataset(): Dataset | null;
  ownsUrl(): boolean;
  /** The language drawn. */
  lang(): Lang;
  controls(): Set<Control>;
}

const isEditable = (el: Element | undefined): boolean =>
  !!el &&
  (el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el as HTMLElement).isContentEditable);
const isActivatable = (el: Element | undefined): boolean => !!el && /^(BUTTON|A|SUMMARY|INPUT)$/.test(el.tagName);

export class SceneController implements ReactiveController {
  /** The scenes of `data/scenes.json` that passed every check, in order. */
  scenes: Scene[] = [];
  /** The scene shown, or null outside scene mode. */
  sceneId: string | null = null;
  private scenesJson: unknown = null;
  /** What the scenes' JSON Schema found (none for the file the build validated). */
  private scenesSchema: SchemaIssue[] = [];
  /** Scenes left out by their checks, by id, with their problems. */
  private rejected = new Map<string, SceneIssue[]>();
  private scenesFailed = false;
  private noticeText: string | null = null;

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly access: SceneHost,
  ) {
    host.addController(this);
  }

  private get scene(): Scene | null {
    return this.scenes.find((s) => s.id === this.sceneId) ?? null;
  }

  // ——— lifecycle ———

  hostConnected(): void {
    (this.access.ownsUrl() ? window : this.host).addEventListener('keydown', this.onKey as EventListener);
    if (this.access.ownsUrl()) window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey as EventListener);
    this.host.removeEventListener('keydown', this.onKey as EventListener);
    window.removeEventListener('popstate', this.onPopState);
  }

  hostUpdated(): void {
    // The map's own keys (arrows pan) would fight the scene keys: off while a scene is shown.
    const keyboard = this.access.view()?.map.keyboard;
    if (keyboard && keyboard.isEnabled() === (this.sceneId !== null)) {
      if (this.sceneId) keyboard.disable();
      else keyboard.enable();
    }
  }

  /** Reads `data/scenes.json` (its text, fetched in parallel with the data); a failure only disables scene mode. */
  async loadScenes(file: Promise<string>): Promise<void> {
    try {
      const text = await file;
      this.scenesJson = JSON.parse(text) as unknown;
      // The file the build validated needs no schema check here; any other loads the validator.
      if (verified['data/scenes.json'] !== (await sha256(text))) {
        const { schemaIssues } = await import('../model/validate.ts');
        this.scenesSchema = schemaIssues('scenes', this.scenesJson);
      }
    } catch (error) {
      this.scenesFailed = true;
      console.warn('coopmap: data/scenes.json', error);
    }
  }

  /** Once the data is loaded: checks the scenes against it. */
  start(dataset: Dataset): void {
    const { scenes, issues, rejected } = checkScenes(this.scenesJson, dataset, this.scenesSchema);
    if (this.scenesJson !== null) for (const issue of issues) console.warn(`coopmap: ${formatSceneIssue(issue)}`);
    this.scenes = scenes;
    this.rejected = rejected;
  }

  // ——— scenes ———

  /**
   * Shows scene `id`: its state (in the reader's language), its camera (a
   * flight unless `initial`), its caption. On the app page the URL gets the
   * state and `scene=<id>` (a new history entry, or the current one at start).
   */
  show(id: string, options: { initial?: boolean } = {}): boolean {
    const valid = sceneIdFromSearch(`scene=${encodeURIComponent(id)}`);
    const scene = valid ? this.scenes.find((s) => s.id === valid) : undefined;
    const lang = this.access.lang();
    if (!scene) {
      const t = presentText(lang).scene;
      const problems = valid ? this.rejected.get(valid) : undefined;
      if (problems) {
        // Say which scene and why (field, token), not just "unknown": the console has every problem.
        const p = sceneProblem(problems);
        this.noticeText = msg(lang).failures.sceneRejected(valid ?? id, p.token ? `${p.field} ${p.token}` : p.field, p.message, p.more);
      } else this.noticeText = this.scenesFailed ? t.unavailable : t.unknown(id.slice(0, 60));
      this.host.requestUpdate();
      return false;
    }
    const store = this.access.store;
    const state = sceneAppState(scene, store.state.lang);
    const wasScene = this.sceneId;
    this.sceneId = scene.id;
    this.noticeText = null;
    if (this.access.ownsUrl()) {
      if (options.initial) {
        store.replace(state, 'none');
        window.history.replaceState(null, '', this.urlFor(state, scene.id));
      } else {
        const changed = store.replace(state, 'push');
        // The store's history sync has pushed the new state with the old scene id: name the new one.
        if (changed) window.history.replaceState(null, '', this.urlFor(state, scene.id));
        else if (wasScene !== scene.id) window.history.pushState(null, '', this.urlFor(state, scene.id));
      }
    } else {
      store.replace(state, 'none');
      if (this.host.getAttribute('scene') !== scene.id) this.host.setAttribute('scene', scene.id);
    }
    this.access.framing.hold(scene.camera);
    this.access.view()?.map.keyboard.disable();
    this.announce();
    this.host.requestUpdate();
    // Frame once the caption and legend are drawn: they set the room the camera keeps free.
    void this.host.updateComplete.then(() => this.access.framing.frame(!options.initial));
    return true;
  }

  /** Moves to the next, previous, first or last scene, or leaves scene mode (`exit`). */
  move(move: SceneMove): void {
    if (move === 'exit') {
      this.exit();
      return;
    }
    const id = moveScene(this.scenes, this.sceneId, move);
    if (id) this.show(id);
  }

  /** Leaves scene mode into free exploration of the same state. */
  exit(): void {
    if (!this.sceneId) return;
    this.sceneId = null;
    this.access.framing.release();
    this.access.view()?.map.keyboard.enable();
    if (this.access.ownsUrl()) {
      const params = new URLSearchParams(window.location.search);
      params.delete('scene');
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${queryFor(this.access.store.state, `?${params}`)}${window.location.hash}`,
      );
    } else if (this.host.hasAttribute('scene')) this.host.removeAttribute('scene');
    this.announce();
    this.host.requestUpdate();
  }

  private announce(): void {
    const index = this.scenes.findIndex((s) => s.id === this.sceneId);
    emit(this.host, 'coop-map-scene', { id: this.sceneId, index, total: this.scenes.length });
  }

  /** The app page's URL for a state in scene `sceneId`: state parameters, then `scene` (and `embed`, `controls` if present). */
  private urlFor(state: AppState, sceneId: string): string {
    const params = new URLSearchParams(window.location.search);
    params.set('scene', sceneId);
    return `${window.location.pathname}${queryFor(state, `?${params}`)}${window.location.hash}`;
  }

  private readonly onPopState = (): void => {
    // The store's history sync restores the state; the scene follows the URL.
    const id = sceneIdFromSearch(window.location.search);
    if (id === this.sceneId) return;
    const scene = this.scenes.find((s) => s.id === id);
    this.sceneId = scene ? scene.id : null;
    if (scene) {
      this.access.framing.hold(scene.camera);
      this.access.framing.frame(true);
    } else this.access.framing.release();
    this.announce();
    this.host.requestUpdate();
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!this.sceneId || e.defaultPrevented) return;
    // In a host page without scene navigation (a slide deck driving `scene`), the page keeps the keys.
    if (!this.access.ownsUrl() && !this.access.controls().has('nav')) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (isEditable(target)) return;
    if ((e.key === ' ' || e.key === 'Enter') && isActivatable(target)) return;
    // An open dialog (about, sources) or menu keeps its own keys.
    if (this.host.shadowRoot?.querySelector('dialog[open]')) return;
    const move = sceneKeyMove(e);
    // A move past either end is left to the page (a deck goes on to its next slide).
    if (!move || (move !== 'exit' && moveScene(this.scenes, this.sceneId, move) === null)) return;
    e.preventDefault();
    this.move(move);
  };

  // ——— rendering ———

  /** Title and caption of the scene shown, figures taken from the data; null outside scene mode. */
  texts(): { title: string; caption: string } | null {
    const dataset = this.access.dataset();
    const scene = this.scene;
    return scene && dataset ? sceneTexts(scene, dataset, this.access.store.state.lang) : null;
  }

  /** The scene's caption bar: title, caption, step and the move buttons. */
  caption(): TemplateResult | typeof nothing {
    const scene = this.scene;
    const texts = this.texts();
    if (!scene || !texts) return nothing;
    return html`<coop-scene-caption
      class="present-caption"
      .lang=${this.access.lang()}
      .heading=${texts.title}
      .caption=${texts.caption}
      .index=${this.scenes.indexOf(scene)}
      .total=${this.scenes.length}
      .nav=${this.access.controls().has('nav')}
      @coop-scene-move=${(e: CustomEvent<SceneMoveDetail>) => this.move(e.detail.move)}
    ></coop-scene-caption>`;
  }

  /** Why a scene asked for is not shown (an unknown or rejected id), with a button to dismiss it. */
  notice(): TemplateResult | typeof nothing {
    if (!this.noticeText) return nothing;
    const t = presentText(this.access.lang()).scene;
    return html`<p class="present-notice" role="status">
      ${this.noticeText} <button class="pbtn" @click=${() => ((this.noticeText = null), this.host.requestUpdate())}>${t.dismiss}</button>
    </p>`;
  }
}
