/**
 * `<coop-legend>`: the key of the map — link kinds (colour and dash), link
 * width, establishment shapes, proportional circles, and the choropleth
 * classes with what a value means (bassin total, or zone sum of site values).
 */
import { LitElement, html, nothing, svg } from 'lit';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS, type CooperationKind, type EstablishmentKind } from '../../model/types.ts';
import { choroplethTitle, legendEntries, legendSamples, type LegendEntries } from '../../query/controls.ts';
import type { Grid, Lang, Measure, Scheme } from '../../query/types.ts';
import { formatDate, msg } from '../../i18n/index.ts';
import { panelsText } from '../../i18n/panels.ts';
import { rateTitle } from '../../i18n/rates.ts';
import { COLORS, COMPARE_STYLES, LINK_STATUS_STYLES, linkCoreWidth, linkStrokeWidth, symbolPoints } from '../../map/palette.ts';
import type { LinkStatus } from '../../query/linkStatus.ts';
import { radiusScale, widthScale, type ChoroplethClass } from '../../map/scales.ts';
import { sharedStyles } from '../shared-styles.ts';
import { legendStyles } from './legend.styles.ts';

/** A link sample of compare mode: halo for what appeared, grey for what ended, faded for the rest. */
const compareSample = (stroke: string, width: number, halo: boolean, opacity = 1) =>
  html`<svg viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
    ${halo ? svg`<line x1="1" y1="6" x2="35" y2="6" stroke=${COMPARE_STYLES.appearedHalo} stroke-width=${width + COMPARE_STYLES.appearedHaloWidth} />` : nothing}
    <line x1="1" y1="6" x2="35" y2="6" stroke=${stroke} stroke-width=${width} stroke-opacity=${opacity} />
  </svg>`;

/** Room above the circles' SVG for the largest circle's value, whose baseline sits 4 px under the circle's top. */
const MARK_TEXT_ROOM = 10;

export class CoopLegend extends LitElement {
  static override styles = [sharedStyles, legendStyles];
  static override properties = {
    lang: {},
    scheme: {},
    grid: {},
    classes: { attribute: false },
    links: { attribute: false },
    maxMark: { type: Number, attribute: 'max-mark' },
    maxWeight: { type: Number, attribute: 'max-weight' },
    filtered: { type: Boolean },
    period: { attribute: false },
    unzoned: { type: Number },
    measure: {},
    populationYear: { type: Number, attribute: 'population-year' },
    rateNote: { attribute: 'rate-note' },
    statuses: { attribute: false },
    compare: { attribute: false },
    colocated: { type: Boolean },
    sites: { attribute: false },
    hub: { type: Boolean },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The scheme the map shows. */
  declare scheme: Scheme;
  /** Bassins or zones choropleth. */
  declare grid: Grid;
  /** Choropleth classes (from the map data). */
  declare classes: readonly ChoroplethClass[];
  /** Link kinds drawn (`MapData.linkKinds`): the legend lists only these. */
  declare links: readonly CooperationKind[];
  /** Establishment kinds drawn besides the hub (`MapData.establishmentKinds`): the legend lists only these. */
  declare sites: readonly EstablishmentKind[];
  /** Whether the hub is drawn (`MapData.hub`). */
  declare hub: boolean;
  /** Largest proportional circle value of the view (attribute `max-mark`). */
  declare maxMark: number;
  /** Largest link weight of the view (attribute `max-weight`). */
  declare maxWeight: number;
  /** Whether an establishment filter restricts the counts. */
  declare filtered: boolean;
  /** Period of the scheme shown. */
  declare period: { start: number; end: number } | null;
  /** Site values of the zones grid that fall in no single zone. */
  declare unzoned: number;
  /** `rate`: the classes are posts per 100,000 inhabitants and the circles the territories' counts. */
  declare measure: Measure;
  /** Census year of the populations the rates divide by (attribute `population-year`); 0 = not loaded. */
  declare populationYear: number;
  /** Rate view: what has no rate and why (zones), as one sentence; '' for nothing. */
  declare rateNote: string;
  /** Link statuses drawn (`MapData.statuses`): the legend explains only these. */
  declare statuses: readonly LinkStatus[];
  /** Compare mode: the two ISO dates (earlier first), or null when off. */
  declare compare: { from: string; to: string } | null;
  /** Whether co-located establishments are drawn apart with leader lines. */
  declare colocated: boolean;

  constructor() {
    super();
    this.lang = 'fr';
    this.scheme = 'atp';
    this.grid = 'bassins';
    this.classes = [];
    this.links = [...COOPERATION_KINDS];
    this.maxMark = 0;
    this.maxWeight = 0;
    this.filtered = false;
    this.period = null;
    this.unzoned = 0;
    this.measure = 'count';
    this.populationYear = 0;
    this.rateNote = '';
    this.statuses = [];
    this.compare = null;
    this.colocated = false;
    this.sites = [...ESTABLISHMENT_KINDS];
    this.hub = true;
  }

  /** A link sample drawn as the map draws the status (`LINK_STATUS_STYLES`), in a neutral dark grey. */
  private statusSample(status: LinkStatus) {
    const style = LINK_STATUS_STYLES[status];
    const core = linkCoreWidth(status, 2.5);
    return html`<svg viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="35" y2="5" stroke="#333333" stroke-opacity=${style.opacity} stroke-width=${linkStrokeWidth(status, 2.5)} />
      ${core > 0 ? svg`<line x1="1" y1="5" x2="35" y2="5" stroke=${COLORS.halo} stroke-width=${core} />` : nothing}
    </svg>`;
  }

  private compareBlock() {
    const c = this.compare;
    if (!c) return nothing;
    const l = panelsText(this.lang).legend;
    return html`<section class="block" data-testid="legend-compare">
      <h3>${l.compare(formatDate(c.from, this.lang), formatDate(c.to, this.lang))}</h3>
      <ul class="rows">
        <li>${compareSample('#333333', 2.5, true)}<span>${l.appeared}</span></li>
        <li>${compareSample(COMPARE_STYLES.endedColor, 2.5, false)}<span>${l.ended}</span></li>
        <li>${compareSample('#333333', 2.5, false, COMPARE_STYLES.unchangedOpacity)}<span>${l.unchanged}</span></li>
      </ul>
    </section>`;
  }

  /** Link kinds drawn, their statuses when more than one is drawn, and the widths of weighted links. */
  private linksBlock(entries: LegendEntries, w: (v: number) => number, weightValues: readonly number[]) {
    const pt = panelsText(this.lang);
    return html`<section class="block" data-testid="legend-links">
      <h3>${pt.legend.links}</h3>
      <ul class="rows">
        ${entries.links.map(
          ({ label, style }) =>
            html`<li>
              <svg viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="35" y2="5" stroke=${style.color} stroke-width="2.5" stroke-dasharray=${style.svgDash || 'none'} />
              </svg>
              <span>${label}</span>
            </li>`,
        )}
      </ul>
      ${
        this.statuses.length > 1
          ? html`<p class="small">${pt.legend.status}</p>
              <ul class="rows" data-testid="legend-statuses">
                ${this.statuses.map((s) => html`<li data-status=${s}>${this.statusSample(s)}<span>${pt.legend.statusNames[s]}</span></li>`)}
              </ul>`
          : nothing
      }
      ${
        weightValues.length > 0 && entries.weighted
          ? html`<p class="small">${pt.legend.weight}</p>
              <ul class="inline">
                ${weightValues.map(
                  (v) =>
                    html`<li>
                      <svg viewBox="0 0 30 12" width="30" height="12" aria-hidden="true">
                        <line x1="1" y1="6" x2="29" y2="6" stroke=${entries.weighted?.color} stroke-width=${w(v)} />
                      </svg>
                      ${v}
                    </li>`,
                )}
              </ul>
              <p class="small muted">▲ ${pt.legend.arrow}</p>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    const scheme = t.filters.schemeNames[this.scheme];
    const r = radiusScale(this.maxMark);
    const w = widthScale(this.maxWeight);
    const markValues = legendSamples(this.maxMark, 'marks');
    const weightValues = legendSamples(this.maxWeight, 'weights');
    const rate = this.measure === 'rate' && this.populationYear > 0;
    const choroTitle = rate
      ? rateTitle(this.lang, this.scheme, this.grid, this.filtered, this.period, this.populationYear)
      : choroplethTitle(pt.legend, scheme, { grid: this.grid, filtered: this.filtered, period: this.period });
    const maxR = r(this.maxMark);
    const entries = legendEntries(this.links, t);
    return html`
      <section class="block" aria-label=${choroTitle}>
        <h3>${choroTitle}</h3>
        <ul class="classes">
          ${this.classes.map(
            (c) =>
              html`<li>
                <span class="chip" style=${`background:${c.color}`}></span>
                <span>${c.label}</span>
              </li>`,
          )}
        </ul>
        ${rate ? html`<p class="small muted" data-testid="rate-caveat">${pt.rates.caveat(this.period?.start ?? 0, this.period?.end ?? 0, this.populationYear)}</p>` : nothing}
        ${rate && this.rateNote ? html`<p class="small muted">${this.rateNote}</p>` : nothing}
        ${!rate && this.grid === 'zones' && this.unzoned > 0 ? html`<p class="small muted">${pt.legend.unzoned(this.unzoned)}</p>` : nothing}
      </section>

      ${this.compareBlock()} ${entries.links.length > 0 ? this.linksBlock(entries, w, weightValues) : nothing}
      <section class="block">
        <h3>${pt.legend.sites}</h3>
        <ul class="rows two">
          ${
            this.hub
              ? html`<li data-site="hub">
                  <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
                    <polygon
                      points=${symbolPoints('hub', 10, 10, 8.5)}
                      fill=${COLORS.hubFill}
                      stroke=${COLORS.hubStroke}
                      stroke-width="1.5"
                    />
                  </svg>
                  <span>${pt.legend.hub}</span>
                </li>`
              : nothing
          }
          ${entries.sites
            .filter(({ kind }) => this.sites.includes(kind))
            .map(
              ({ kind, label, symbol }) =>
                html`<li data-site=${kind}>
                  <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
                    <polygon points=${symbolPoints(symbol, 10, 10, 7.5)} fill=${COLORS.symbolFill} stroke="#fff" stroke-width="1" />
                  </svg>
                  <span>${label}</span>
                </li>`,
            )}
        </ul>
        ${this.colocated ? html`<p class="small muted">${pt.legend.colocated}</p>` : nothing}
        ${
          markValues.length > 0
            ? html`<p class="small">${rate ? pt.rates.marks(scheme) : pt.legend.marks(scheme)}</p>
                <svg
                  class="marks"
                  viewBox=${`0 ${-MARK_TEXT_ROOM} ${maxR * 2 + 60} ${maxR * 2 + 4 + MARK_TEXT_ROOM}`}
                  width=${maxR * 2 + 60}
                  height=${maxR * 2 + 4 + MARK_TEXT_ROOM}
                  role="img"
                  aria-label=${markValues.join(', ')}
                >
                  ${markValues.map((v) => {
                    const rv = r(v);
                    const cy = maxR * 2 + 2 - rv;
                    return svg`<circle cx=${maxR + 1} cy=${cy} r=${rv} fill=${COLORS.countFill} stroke=${COLORS.countStroke} stroke-width="1" />
                    <line x1=${maxR + 1} y1=${cy - rv} x2=${maxR * 2 + 12} y2=${cy - rv} stroke="#777" stroke-width="0.6" />
                    <text x=${maxR * 2 + 14} y=${cy - rv + 4} fill="#1c1c1c">${v}</text>`;
                  })}
                </svg>
                ${rate ? nothing : html`<p class="small muted">${pt.legend.groupMark} · ${pt.legend.inferred}</p>`}`
            : nothing
        }
      </section>
    `;
  }
}

customElements.define('coop-legend', CoopLegend);

declare global {
  interface HTMLElementTagNameMap {
    'coop-legend': CoopLegend;
  }
}
