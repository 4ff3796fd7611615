/**
 * Embed mode of `<coop-map>` (`embed`, `?embed=1`): a lit controller, loaded
 * with the mode (see `mode-controller.ts`). The map is framed on the region
 * until the reader moves it; the page scrolls over the map until it is
 * clicked (or with Ctrl/⌘ + wheel); a caption says what the map shows, and a
 * link opens the full map in the same state.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from '../map/map-view.ts';
import type { Counts, Lang } from '../query/types.ts';
import { describeView } from '../export/overlay.ts';
import { presentText } from '../i18n/index.ts';
import { REGION_CAMERA, type FramingController } from './framing-controller.ts';
import type { Store } from './store.ts';

/** What the element lets embed mode see and drive. */
export interface EmbedHost {
  store: Store;
  /** The camera the embed holds. */
  framing: FramingController;
  view(): MapView | null;
  counts(): Counts | null;
  /** Whether embed mode is on now (the attribute can be removed). */
  embed(): boolean;
  /** The scene shown, or null. */
  sceneId(): string | null;
  /** The language drawn. */
  lang(): Lang;
  fullMapUrl(): string;
}

export class EmbedController implements ReactiveController {
  private boundMap: MapLibreMap | null = null;
  private gesturesBound = false;

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly access: EmbedHost,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const map = this.access.view()?.map ?? null;
    if (!map || map === this.boundMap) return;
    this.boundMap = map;
    this.bindGestures();
  }

  /** At start, outside a scene: the embed frames the region. */
  holdRegion(): void {
    this.access.framing.hold(REGION_CAMERA);
  }

  /** The `embed` attribute was set or removed: the region is framed outside a scene, and the gestures follow. */
  changed(): void {
    if (this.access.embed() && !this.access.sceneId()) this.holdRegion();
    this.bindGestures();
  }

  /** Embed mode: wheel and one-finger drags scroll the page until the map is clicked; Ctrl/⌘ + wheel zooms. */
  private bindGestures(): void {
    const map = this.boundMap;
    if (!map) return;
    const t = presentText(this.access.lang()).embed;
    if (!this.access.embed()) {
      map.cooperativeGestures.disable();
      return;
    }
    // MapLibre reads its UI strings from `_locale` when the gesture screen is built; it has no public setter after construction.
    // oxlint-disable-next-line no-underscore-dangle
    map._locale = {
      // oxlint-disable-next-line no-underscore-dangle
      ...map._locale,
      'CooperativeGesturesHandler.WindowsHelpText': t.wheelHint,
      'CooperativeGesturesHandler.MacHelpText': t.wheelHintMac,
      'CooperativeGesturesHandler.MobileHelpText': t.touchHint,
    };
    map.cooperativeGestures.disable();
    map.cooperativeGestures.enable();
    if (!this.gesturesBound) {
      this.gesturesBound = true;
      map.on('mousedown', () => {
        if (this.access.embed()) map.cooperativeGestures.disable();
      });
      this.host.addEventListener('mouseleave', () => {
        if (this.access.embed()) map.cooperativeGestures.enable();
      });
    }
  }

  /** Outside a scene: what the map shows, said in one sentence. */
  caption(): TemplateResult {
    const state = this.access.store.state;
    const counts = this.access.counts();
    const texts = describeView(state, counts ? counts[state.filters.scheme].period : null);
    return html`<div class="present-caption embed-caption" data-testid="embed-caption">
      <strong>${texts.title}</strong>
      <span>${texts.caption}</span>
    </div>`;
  }

  /** The link that opens the full map in the same state, in a new tab. */
  fullMapLink(): TemplateResult {
    const t = presentText(this.access.lang()).embed;
    return html`<a
      class="pbtn open-full"
      data-testid="open-full"
      href=${this.access.fullMapUrl()}
      target="_blank"
      rel="noopener"
      aria-label=${t.openFullLabel}
      ><span class="long">${t.openFull}</span><span class="short">${t.openFullShort}</span> <span aria-hidden="true">↗</span></a
    >`;
  }
}
