/**
 * `<coop-static-map>`: the map drawn as a static SVG (d3-geo), shown instead
 * of the MapLibre canvas when WebGL is unavailable or its context is lost.
 * It draws what the interactive map would — territories with their counts,
 * links with their dash and colour, establishments with their kind's shape —
 * from the same `MapData`. A click on a territory or a site emits
 * `coop-select`; keyboard users select through the search box and the counts
 * table, which stay in place.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';
import type { MapData } from '../../map/mapData.ts';
import { COLORS } from '../../map/palette.ts';
import type { Lang } from '../../query/types.ts';
import { staticMapModel, type Insets } from '../../map/staticMap.ts';
import { msg } from '../../i18n/index.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

/** Why the static map is shown. */
export type FallbackReason = 'unavailable' | 'lost' | 'code';

export class CoopStaticMap extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: absolute;
        inset: 0;
        background: ${unsafeCSS(COLORS.sea)};
        overflow: hidden;
      }
      svg {
        display: block;
        width: 100%;
        height: 100%;
      }
      .area {
        stroke: #ffffff;
        stroke-width: 1;
        cursor: pointer;
      }
      .area.focus {
        stroke: #000000;
        stroke-width: 2.5;
      }
      .line-departement {
        fill: none;
        stroke: #8c857a;
        stroke-width: 0.8;
        stroke-dasharray: 4 3;
      }
      .line-bassin {
        fill: none;
        stroke: #ffffff;
        stroke-width: 2.5;
      }
      .line-region {
        fill: none;
        stroke: ${unsafeCSS(COLORS.regionOutline)};
        stroke-width: 1.5;
      }
      .line-border {
        fill: none;
        stroke: ${unsafeCSS(COLORS.border)};
        stroke-width: 1.6;
        stroke-dasharray: 6 2 1 2;
      }
      .link {
        fill: none;
        stroke-linecap: round;
      }
      .casing {
        fill: none;
        stroke: #ffffff;
        stroke-opacity: 0.8;
        stroke-linecap: round;
      }
      .leader {
        fill: none;
        stroke: ${unsafeCSS(COLORS.leader)};
        stroke-width: 1;
      }
      .core {
        fill: none;
        stroke: ${unsafeCSS(COLORS.halo)};
      }
      .link.dim,
      .core.dim,
      .casing.dim {
        opacity: 0.25;
      }
      .site {
        fill: ${unsafeCSS(COLORS.symbolFill)};
        stroke: #ffffff;
        stroke-width: 1;
        cursor: pointer;
      }
      .site.hub {
        fill: ${unsafeCSS(COLORS.hubFill)};
        stroke: ${unsafeCSS(COLORS.hubStroke)};
        stroke-width: 1.5;
      }
      .site.dim {
        opacity: 0.35;
      }
      text {
        font-family: 'Noto Sans', system-ui, sans-serif;
        fill: ${unsafeCSS(COLORS.text)};
        stroke: ${unsafeCSS(COLORS.halo)};
        stroke-width: 3px;
        stroke-linejoin: round;
        paint-order: stroke;
      }
      .t-label {
        font-weight: 700;
        text-anchor: middle;
      }
      .s-label {
        font-size: 12px;
      }
      .note {
        position: absolute;
        left: 50%;
        bottom: 2.2rem;
        transform: translateX(-50%);
        max-width: min(36rem, calc(100% - 2rem));
        margin: 0;
        padding: 0.5rem 0.75rem;
        background: #fffdf5;
        border: 1px solid #b58a00;
        border-radius: 6px;
        color: #4a2a00;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
      }
    `,
  ];
  static override properties = {
    data: { attribute: false },
    lang: {},
    reason: {},
    insets: { attribute: false },
    size: { state: true },
  };

  /** What the map would draw (from `buildMapData`); null until the data is loaded. */
  declare data: MapData | null;
  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** Why the static map is shown: `unavailable` (no WebGL) or `lost` (context lost, may come back). */
  declare reason: FallbackReason;
  /** Room the floating panels take over the map, in pixels: the region is fitted inside. */
  declare insets: Insets;
  declare private size: { width: number; height: number };
  private observer: ResizeObserver | null = null;

  constructor() {
    super();
    this.data = null;
    this.lang = 'fr';
    this.reason = 'unavailable';
    this.insets = { top: 56, right: 16, bottom: 48, left: 16 };
    this.size = { width: 0, height: 0 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(() => {
      const width = Math.round(this.clientWidth);
      const height = Math.round(this.clientHeight);
      if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private select(id: string): void {
    emit(this, 'coop-select', { id });
  }

  override render() {
    const t = msg(this.lang).fallback;
    const { width, height } = this.size;
    const model = this.data && width > 0 && height > 0 ? staticMapModel(this.data, width, height, this.insets) : null;
    const hasAreas = (model?.areas.length ?? 0) > 0;
    const note = html`<p class="note" role="status" data-testid="fallback-note">
      ${this.reason === 'lost' ? t.lost : this.reason === 'code' ? msg(this.lang).failures.staticNote : t.unavailable}${
        this.data && !hasAreas ? html` ${t.empty}` : nothing
      }
    </p>`;
    if (!model) return note;
    return html`<svg
        data-testid="static-map"
        role="img"
        aria-labelledby="static-map-title"
        viewBox="0 0 ${width} ${height}"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="static-map-title">${t.title}</title>
        <g class="land">${model.land.map((d) => svg`<path d=${d} fill=${COLORS.neighbour} stroke="#d6d3cb" stroke-width="0.6"></path>`)}</g>
        <g class="areas">
          ${model.areas.map(
            (a) =>
              svg`<path class="area ${a.focus ? 'focus' : ''}" data-territory=${a.id} d=${a.d} fill=${a.fill} @click=${() => this.select(a.bassin)}></path>`,
          )}
        </g>
        <g class="lines">${model.lines.map((l) => svg`<path class="line-${l.kind}" d=${l.d}></path>`)}</g>
        <g class="links">
          ${model.links.map(
            (l) =>
              svg`<path class="casing ${l.dim ? 'dim' : ''}" d=${l.d} stroke-width=${l.width + 2}></path><path class="link ${l.dim ? 'dim' : ''}" data-link=${l.id} data-status=${l.status} d=${l.d} stroke=${l.color} stroke-width=${l.width} stroke-dasharray=${l.dash || nothing} stroke-opacity=${l.opacity}></path>${l.core > 0 ? svg`<path class="core ${l.dim ? 'dim' : ''}" d=${l.d} stroke-width=${l.core} stroke-opacity=${l.opacity}></path>` : nothing}`,
          )}
        </g>
        <g class="leaders">${model.leaders.map((l) => svg`<path class="leader" data-leader=${l.id} d=${l.d}></path>`)}</g>
        <g class="sites">
          ${model.sites.map(
            (s) =>
              svg`<polygon class="site ${s.hub ? 'hub' : ''} ${s.emphasis === 'dim' ? 'dim' : ''}" data-site=${s.id} points=${s.points} @click=${() => this.select(s.id)}></polygon>`,
          )}
        </g>
        <g class="labels">
          ${model.areas
            .filter((a) => a.label !== null)
            .map((a) => {
              const [x, y] = a.label as [number, number];
              return svg`<text class="t-label" x=${x} y=${y} font-size=${a.labelSize}><tspan x=${x}>${a.name}</tspan>${
                a.valueText !== null ? svg`<tspan x=${x} dy="1.15em">${a.valueText}</tspan>` : nothing
              }</text>`;
            })}
          ${model.sites
            .filter((s) => s.hub || s.emphasis === 'focus')
            .map((s) => svg`<text class="s-label" x=${s.x + 8} y=${s.y + 4}>${s.label}</text>`)}
        </g>
      </svg>
      ${note}`;
  }
}

customElements.define('coop-static-map', CoopStaticMap);

declare global {
  interface HTMLElementTagNameMap {
    'coop-static-map': CoopStaticMap;
  }
}
