/**
 * `<coop-tooltip>`: the small card shown over the map for what lies under the
 * pointer (or was tapped): an establishment (name, kind, commune, cooperations
 * at the date) or a link (its cooperation's name, kind, date or its absence,
 * status at the date, the two ends). It only renders what `hoverInfo` gives;
 * it never takes the pointer (the map keeps receiving moves and clicks).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { HoverInfo } from '../../query/cards.ts';
import type { Lang } from '../../query/types.ts';
import { formatDate, translated, msg } from '../../i18n/index.ts';
import { LINK_STYLES } from '../../map/palette.ts';
import { sharedStyles } from '../shared-styles.ts';

export class CoopTooltip extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: absolute;
        z-index: 4;
        pointer-events: none;
        max-width: min(20rem, 80vw);
      }
      :host([hidden]) {
        display: none;
      }
      .tip {
        background: #fff;
        border: 1px solid #6f6a60;
        border-radius: 6px;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
        padding: 0.35rem 0.55rem;
        font-size: 0.875rem;
      }
      strong {
        display: block;
      }
      .kind {
        border-left: 4px solid var(--kind, #888);
        padding-left: 0.3rem;
      }
      .muted {
        color: #47443e;
      }
    `,
  ];
  static override properties = { lang: {}, info: { attribute: false } };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** What to show (from `hoverInfo`), or null to show nothing. */
  declare info: HoverInfo | null;

  constructor() {
    super();
    this.lang = 'fr';
    this.info = null;
  }

  override render() {
    const info = this.info;
    if (!info) return nothing;
    const t = msg(this.lang);
    const x = t.explore;
    if (info.type === 'establishment') {
      return html`<div class="tip" role="tooltip" data-testid="tooltip" data-id=${info.id}>
        <strong>${info.shortName}</strong>
        <span>${t.kinds[info.kind]} · ${info.commune}</span><br />
        <span class="muted">${x.cooperationsAt(info.cooperations, info.undated)}</span>
      </div>`;
    }
    if (info.type === 'aggregate') {
      return html`<div class="tip" role="tooltip" data-testid="tooltip" data-id=${info.id} data-count=${info.count}>
        <span class="kind" style=${`--kind:${LINK_STYLES[info.kind].color}`}>${t.linkKinds[info.kind]}</span><br />
        <strong>${x.aggregate(info.count, info.ends[0], info.ends[1])}</strong><br />
        <span class="muted">${x.aggregateHint}</span>
      </div>`;
    }
    if (info.type === 'posts') {
      return html`<div class="tip" role="tooltip" data-testid="tooltip" data-id=${info.id}>
        <strong>${t.filters.schemeNames[info.scheme as 'atp' | 'ccu'] ?? info.scheme.toUpperCase()} · « ${info.label} »</strong>
        <span class="kind" style=${`--kind:${LINK_STYLES.posts.color}`}>${t.linkKinds.posts}</span><br />
        <span>${x.postsValue(info.value, info.certainty === 'deduced', info.shared)}</span><br />
        <span class="muted">${x.between(info.ends[0], info.ends[1])}</span>
      </div>`;
    }
    return html`<div class="tip" role="tooltip" data-testid="tooltip" data-id=${info.id}>
      <strong>${translated(this.lang, info, 'name')}${info.inferred ? '*' : ''}</strong>
      <span class="kind" style=${`--kind:${LINK_STYLES[info.kind].color}`}>${t.linkKinds[info.kind]}</span>
      · ${t.details.status[info.status] ?? info.status}<br />
      <span>${info.date ? x.since(formatDate(info.date, this.lang, info.datePrecision)) : x.undated}</span><br />
      <span class="muted">${x.atDate[info.atDate]} · ${x.between(info.ends[0], info.ends[1])}</span>
    </div>`;
  }
}

customElements.define('coop-tooltip', CoopTooltip);

declare global {
  interface HTMLElementTagNameMap {
    'coop-tooltip': CoopTooltip;
  }
}
