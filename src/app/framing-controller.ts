/**
 * The camera of scene and embed modes: a scene's view, or the embed's framing
 * of the region, held until the reader moves the map. A lit controller,
 * loaded with either mode (see `mode-controller.ts`): it frames the held view
 * inside the room the overlays leave free, with a flight between scenes, and
 * frames it again when the map is resized (a projector, full screen, the
 * embed's container).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from '../map/map-view.ts';
import { REGION_BOUNDS } from '../map/map-view.ts';
import type { SceneCamera } from './scenes.ts';

/** Camera flights between scenes, in milliseconds (none when the reader prefers reduced motion). */
const FLIGHT_MS = 1600;

/** The embed's framing: the whole region. */
export const REGION_CAMERA: SceneCamera = { bounds: REGION_BOUNDS };

export interface FramingHost {
  view(): MapView | null;
}

export class FramingController implements ReactiveController {
  /** The view held until the reader moves the map, or null. */
  private held: SceneCamera | null = null;
  private boundMap: MapLibreMap | null = null;
  private refitAfterMove = false;

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    private readonly access: FramingHost,
  ) {
    host.addController(this);
  }

  /** Whether a scene or the embed's framing holds the camera. */
  get holds(): boolean {
    return this.held !== null;
  }

  /** The bounds held, which an export frames for its own layout (none for a centre and zoom, or when nothing is held). */
  get heldBounds(): [number, number, number, number] | undefined {
    return this.held && 'bounds' in this.held ? this.held.bounds : undefined;
  }

  /** Holds `camera` (framed by {@link frame}, and again on each resize, until the reader moves the map). */
  hold(camera: SceneCamera): void {
    this.held = camera;
  }

  /** Gives the camera back to the reader. */
  release(): void {
    this.held = null;
  }

  hostUpdated(): void {
    this.bindMap();
  }

  private bindMap(): void {
    const map = this.access.view()?.map ?? null;
    if (!map || map === this.boundMap) return;
    this.boundMap = map;
    // The reader moving the map takes the camera back.
    map.on('movestart', (e) => {
      if ((e as { originalEvent?: Event }).originalEvent) this.held = null;
    });
    // A resize (projector, full screen, the embed's container) re-frames what the scene or the embed holds;
    // during a flight, once it lands.
    map.on('resize', () => {
      if (map.isMoving()) this.refitAfterMove = true;
      else this.frame(false);
    });
    map.on('moveend', () => {
      if (!this.refitAfterMove) return;
      this.refitAfterMove = false;
      this.frame(false);
    });
    void this.access
      .view()
      ?.whenLoaded()
      .then(() => this.frame(false));
  }

  /** Room the overlays take over the map, for framing. */
  private padding(map: MapLibreMap): { top: number; bottom: number; left: number; right: number } {
    const m = map.getContainer().getBoundingClientRect();
    const root = this.host.shadowRoot;
    const caption = root?.querySelector<HTMLElement>('.present-caption')?.getBoundingClientRect();
    const legend = root?.querySelector<HTMLElement>('.present-legend')?.getBoundingClientRect();
    const top = root?.querySelector<HTMLElement>('.present-top')?.getBoundingClientRect();
    const pad = { top: 16, bottom: 24, left: 16, right: 16 };
    if (caption && caption.height > 0) pad.bottom = Math.max(pad.bottom, m.bottom - caption.top + 12);
    if (legend && legend.width > 0 && legend.height > 0) pad.right = Math.max(pad.right, m.right - legend.left + 12);
    if (top && top.height > 0) pad.top = Math.max(pad.top, top.bottom - m.top + 8);
    // Never ask for more room than the map has.
    return {
      top: Math.min(pad.top, m.height * 0.3),
      bottom: Math.min(pad.bottom, m.height * 0.45),
      left: Math.min(pad.left, m.width * 0.2),
      right: Math.min(pad.right, m.width * 0.45),
    };
  }

  /** Frames the view held, if any: a flight when `animate` (unless the reader prefers reduced motion). */
  frame(animate: boolean): void {
    const map = this.boundMap;
    const camera = this.held;
    if (!map || !camera) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const duration = animate && !reduced ? FLIGHT_MS : 0;
    const padding = this.padding(map);
    // Padding given to an earlier easeTo stays on the map and would shift every later fit: clear it.
    const p = map.getPadding();
    if (p.top || p.bottom || p.left || p.right) map.setPadding({ top: 0, bottom: 0, left: 0, right: 0 });
    if ('bounds' in camera) map.fitBounds(camera.bounds, { padding, duration, essential: true });
    else map.flyTo({ center: camera.center, zoom: camera.zoom, duration, essential: true });
  }
}
