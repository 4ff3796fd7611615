/**
 * The modes of `<coop-map>` and the attributes that choose them: a lit
 * controller the element creates. It reads `scene`, `embed`, `controls` and
 * `lang` (and, on the app page, the same URL parameters), says which mode is
 * on and which on-map controls show, and loads the code of each mode only
 * when that mode is used:
 *
 * - `scene-controller.ts`: scene mode (the scenes, navigation, history, caption),
 *   loaded by `scene-loader.ts` when a scene is shown;
 * - `embed-controller.ts`: embed mode (scroll-over, click to activate, full-map link);
 * - `framing-controller.ts`: the camera a scene or the embed holds;
 * - `present-overlay.ts`: what scene and embed modes draw over the map;
 * - `export-controller.ts`: PNG, SVG and CSV from the export menu or `exportFile`.
 *
 * It offers the element's `presentation` API over them (`presentation.ts`).
 * Everything here ships with the page; keep it small.
 */
import type { TextMode } from '../map/palette.ts';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Dataset } from '../model/types.ts';
import '../ui/export-menu/export-menu.ts';
import type { ExportRequest } from '../ui/export-menu/export-menu.ts';
import { isLang, langReady, presentText, type Lang } from '../i18n/index.ts';
import type { EmbedController } from './embed-controller.ts';
import type { ExportController } from './export-controller.ts';
import type { FramingController } from './framing-controller.ts';
import type { PresentOverlay } from './present-overlay.ts';
import type { SceneController } from './scene-controller.ts';
import { parseControls, type Control, type Presentation, type PresentationAccess } from './presentation.ts';
import { SceneLoader } from './scene-loader.ts';
import type { Scene } from './scenes.ts';
import { elementOwnsUrl } from './runtime.ts';
import { serializeState } from './url.ts';

const noop = (): void => undefined;

/** What scene and embed modes share once loaded: the camera they hold and what they draw over the map. */
interface Shared {
  framing: FramingController;
  overlay: PresentOverlay;
}

export class ModeController implements ReactiveController {
  readonly presentation: Presentation;
  private embedMode: EmbedController | null = null;
  private exporter: ExportController | null = null;
  private shared: Shared | null = null;
  private loading: { embed?: Promise<EmbedController>; export?: Promise<ExportController>; shared?: Promise<Shared> } = {};
  private started = false;
  private release: () => void = noop;
  /** Settles once the map is ready (`readied`). */
  private readonly afterReady: Promise<void> = new Promise((resolve) => {
    this.release = resolve;
  });
  /** Scene mode, loaded when a scene is shown; until then the scenes as the build checked them. */
  private readonly scenes: SceneLoader;
  private readonly observer: MutationObserver;
  private readonly resizeObserver: ResizeObserver;
  private size = { width: 0, height: 0 };

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly access: PresentationAccess,
  ) {
    host.addController(this);
    this.observer = new MutationObserver((records) => this.onAttributes(records));
    this.resizeObserver = new ResizeObserver(() => {
      const r = this.host.getBoundingClientRect();
      if (r.width !== this.size.width || r.height !== this.size.height) {
        this.size = { width: r.width, height: r.height };
        this.host.requestUpdate();
      }
    });
    this.scenes = new SceneLoader(
      () => this.loadScene(),
      () => this.host.requestUpdate(),
    );
    const scenes = (): Scene[] => this.scenes.list;
    const sceneId = (): string | null => this.sceneId;
    this.presentation = {
      get scenes() {
        return scenes();
      },
      get sceneId() {
        return sceneId();
      },
      show: (id) => this.scenes.show(id),
      move: (move) => this.scenes.move(move),
      exit: () => this.scene?.exit(),
      exportFile: async (request) => (await this.loadExport()).exportFile(request),
    };
  }

  // ——— modes ———

  /** Whether the element syncs with the page URL (the app page) rather than living in a host page. */
  get ownsUrl(): boolean {
    return elementOwnsUrl();
  }

  private param(name: string): string | null {
    return this.ownsUrl ? new URLSearchParams(window.location.search).get(name) : null;
  }

  /** Embed mode: the `embed` attribute, or `?embed=1` on the app page. */
  get embed(): boolean {
    const value = this.host.getAttribute('embed') ?? this.param('embed');
    return value !== null && value !== 'false' && value !== '0';
  }

  /** The on-map controls shown, from `controls` or the mode's default. */
  get controls(): Set<Control> {
    const chosen = parseControls(this.host.getAttribute('controls') ?? this.param('controls'));
    if (chosen) return chosen;
    if (this.embed) return new Set<Control>(['zoom', 'nav', 'export', 'link', 'legend']);
    return new Set<Control>(['nav', 'export', 'legend', 'zoom']);
  }

  private get scene(): SceneController | null {
    return this.scenes.controller;
  }

  /** The scene shown, or null outside scene mode. */
  get sceneId(): string | null {
    return this.scene?.sceneId ?? null;
  }

  /** How the map's text is sized: for presentation in scene mode (a projected page), else for a screen (an embed is a small frame in a page). */
  get textMode(): TextMode {
    return this.sceneId !== null && !this.embed ? 'presentation' : 'screen';
  }

  /** The language drawn: the state's, once its strings have arrived (French until then, as the element does). */
  private get lang(): Lang {
    const lang = this.access.store.state.lang;
    return langReady(lang) ? lang : 'fr';
  }

  /** Classes of the app's root: `mode-embed`, `mode-scene`, and `no-zoom` when the zoom buttons are hidden. */
  get modeClass(): string {
    const classes: string[] = [];
    if (this.embed) classes.push('mode-embed');
    if (this.sceneId) classes.push('mode-scene');
    if (classes.length > 0 && !this.controls.has('zoom')) classes.push('no-zoom');
    return classes.join(' ');
  }

  /** Whether a scene or the embed's framing holds the camera (until the reader moves the map). */
  get holdsCamera(): boolean {
    return this.shared?.framing.holds ?? false;
  }

  /** The link that opens the full map in the same state: the app page, next to the data. */
  fullMapUrl(): string {
    const query = serializeState(this.access.store.state);
    if (this.ownsUrl) return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
    return new URL(`index.html${query ? `?${query}` : ''}`, this.access.base()).href;
  }

  // ——— lifecycle ———

  hostConnected(): void {
    // A `lang` attribute set by the host page wins over the default, before the first render writes it back.
    const lang = this.host.getAttribute('lang');
    const state = this.access.store.state;
    if (isLang(lang) && lang !== state.lang) this.access.store.replace({ ...state, lang }, 'none');
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang', 'scene', 'embed', 'controls'] });
    this.resizeObserver.observe(this.host);
    this.syncHostMode();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.resizeObserver.disconnect();
  }

  hostUpdated(): void {
    this.syncHostMode();
  }

  /** Mirrors the mode on the host (`data-mode="embed scene"`), for the host's own styles and the page's CSS. */
  private syncHostMode(): void {
    const mode = [this.embed ? 'embed' : '', this.sceneId ? 'scene' : ''].filter(Boolean).join(' ');
    if (mode === '') this.host.removeAttribute('data-mode');
    else if (this.host.getAttribute('data-mode') !== mode) this.host.setAttribute('data-mode', mode);
  }

  /** The scene the element opens in (`scene`, or `?scene=` on the app page), or null. */
  private askedScene(): string | null {
    const asked = this.host.getAttribute('scene') ?? this.param('scene');
    return asked === '' ? null : asked;
  }

  /**
   * Fetches `data/scenes.json`, and the code of the modes the element opens
   * in, in parallel with the data; a failure only disables scene mode.
   */
  async loadScenes(base: string): Promise<void> {
    await Promise.all([this.scenes.fetch(base, this.askedScene() !== null), this.embed ? this.loadEmbed().catch(noop) : undefined]);
  }

  /**
   * Before the data is first shown: the scenes are checked against it (see
   * `SceneLoader.check`). Unless the page opens on a scene, checks the build
   * did not vouch for wait until the map is ready: at national scale they
   * took half a second before anything was drawn.
   */
  checkScenes(dataset: Dataset, published: boolean): Promise<void> {
    return this.scenes.check(dataset, published, this.askedScene() === null ? this.afterReady : null);
  }

  /** The map is ready: the scene checks held back for it run (see `checkScenes`). */
  readied(): void {
    this.release();
  }

  /** Once the data is shown (and the URL read): opens the scene asked for, or the embed's framing. */
  start(): void {
    this.started = true;
    const asked = this.askedScene();
    if (asked !== null) this.scene?.show(asked, { initial: true });
    else if (this.embed) this.embedMode?.holdRegion();
    this.host.requestUpdate();
  }

  private onAttributes(records: MutationRecord[]): void {
    for (const record of records) {
      const value = this.host.getAttribute(record.attributeName ?? '');
      if (record.attributeName === 'lang') {
        // On the app page the element writes its own `lang`; only a host page sets it.
        if (this.ownsUrl) continue;
        const state = this.access.store.state;
        if (isLang(value) && value !== state.lang) this.access.store.update({ lang: value }, this.ownsUrl ? 'push' : 'none');
      } else if (record.attributeName === 'scene' && this.started) {
        if (value === null || value === '') this.scene?.exit();
        else if (value !== this.sceneId) this.scenes.show(value);
      } else if (record.attributeName === 'embed') {
        if (this.embed) void this.loadEmbed().then((embed) => embed.changed(), noop);
        else this.embedMode?.changed();
        this.host.requestUpdate();
      } else this.host.requestUpdate();
    }
  }

  // ——— the code of each mode, on demand ———

  private failed(what: string): (error: unknown) => never {
    return (error) => {
      console.error(`coopmap: the ${what} code could not be loaded`, error);
      throw error;
    };
  }

  private loadShared(): Promise<Shared> {
    this.loading.shared ??= Promise.all([import('./framing-controller.ts'), import('./present-overlay.ts')]).then(
      ([{ FramingController }, { PresentOverlay }]) => {
        this.shared = {
          framing: new FramingController(this.host, { view: () => this.access.view() }),
          overlay: new PresentOverlay(this.host),
        };
        this.host.requestUpdate();
        return this.shared;
      },
    );
    return this.loading.shared;
  }

  /** Loads scene mode's code and creates its controller (`SceneLoader` calls it once). */
  private loadScene(): Promise<SceneController> {
    return Promise.all([import('./scene-controller.ts'), this.loadShared()])
      .then(([{ SceneController }, { framing }]) => {
        const { store, view, dataset } = this.access;
        const mode = { ownsUrl: () => this.ownsUrl, lang: () => this.lang, controls: () => this.controls };
        return new SceneController(this.host, { store, view, dataset, framing, ...mode });
      })
      .catch(this.failed('scene'));
  }

  private loadEmbed(): Promise<EmbedController> {
    this.loading.embed ??= Promise.all([import('./embed-controller.ts'), this.loadShared()])
      .then(([{ EmbedController }, { framing }]) => {
        const { store, view, counts } = this.access;
        const mode = { embed: () => this.embed, sceneId: () => this.sceneId, lang: () => this.lang, fullMapUrl: () => this.fullMapUrl() };
        this.embedMode = new EmbedController(this.host, { store, view, counts, framing, ...mode });
        this.host.requestUpdate();
        return this.embedMode;
      })
      .catch(this.failed('embed'));
    return this.loading.embed;
  }

  private loadExport(): Promise<ExportController> {
    this.loading.export ??= import('./export-controller.ts')
      .then(({ ExportController }) => {
        const { store, view, mapData, counts } = this.access;
        this.exporter = new ExportController(this.host, {
          store,
          view,
          mapData,
          counts,
          lang: () => this.lang,
          sceneId: () => this.sceneId,
          sceneTexts: () => this.scene?.texts() ?? null,
          heldBounds: () => this.shared?.framing.heldBounds,
          textMode: () => this.textMode,
        });
        return this.exporter;
      })
      .catch((error: unknown) => {
        // A later click tries again.
        this.loading.export = undefined;
        return this.failed('export')(error);
      });
    return this.loading.export;
  }

  // ——— rendering ———

  private readonly onExport = (e: CustomEvent<ExportRequest>): void => {
    e.stopPropagation();
    const request = e.detail;
    void this.loadExport().then((exporter) => exporter.ask(request), noop);
  };

  private exportMenu(tone: 'light' | 'dark' = 'light'): TemplateResult {
    const map = this.access.view()?.map.getContainer();
    // Its code is fetched as the menu opens, so that a format chosen next finds it here.
    return html`<coop-export-menu
      tone=${tone}
      .lang=${this.lang}
      .status=${this.exporter?.status ?? ''}
      .currentSize=${{ width: map?.clientWidth ?? 0, height: map?.clientHeight ?? 0 }}
      .png=${this.access.view() !== null}
      @click=${() => void this.loadExport().catch(noop)}
      @coop-export=${this.onExport}
    ></coop-export-menu>`;
  }

  /** The app header's actions in normal mode: start the presentation, export. */
  headerActions(): TemplateResult | typeof nothing {
    if (this.embed || this.sceneId) return nothing;
    const t = presentText(this.lang).scene;
    // Phones do not present; their header has no room to spare. Until the scenes are checked the
    // button holds its place, disabled, so that the header does not move when they arrive.
    const first = this.scenes.list[0];
    // Before the first resize report, the element's laid-out width (the first frame must not differ).
    const width = this.size.width || this.host.getBoundingClientRect().width;
    const shown = width >= 760 && (first !== undefined || this.scenes.pending);
    return html`${
      shown
        ? html`<button
            class="hbtn"
            data-testid="present"
            aria-label=${t.startLabel}
            ?disabled=${first === undefined}
            @click=${() => first && this.scenes.show(first.id)}
          >
            ${t.start}
          </button>`
        : nothing
    }${this.controls.has('export') ? this.exportMenu('dark') : nothing}`;
  }

  /** What scene and embed modes draw over the map: caption, legend, export menu, "open full map", notices. */
  render(legend: TemplateResult): TemplateResult | typeof nothing {
    const notice = this.scene?.notice() ?? nothing;
    const overlay = this.shared?.overlay;
    const scene = this.sceneId !== null;
    if ((!this.embed && !scene) || !overlay) return notice === nothing ? nothing : html`<div class="present">${notice}</div>`;
    const controls = this.controls;
    return overlay.render({
      lang: this.lang,
      controls,
      roomy: this.size.width >= 880 && this.size.height >= 480,
      legend,
      exportMenu: controls.has('export') ? this.exportMenu() : nothing,
      link: this.embed && controls.has('link') ? (this.embedMode?.fullMapLink() ?? nothing) : nothing,
      caption: (scene ? this.scene?.caption() : this.embedMode?.caption()) ?? nothing,
      notice,
    });
  }
}
