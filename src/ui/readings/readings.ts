/**
 * `<coop-readings>`: "how this map was read" — for each post map, what the
 * published slide gives, the reading rules, how many readings match the
 * published totals (with no assumption and under the named one), and what
 * all of them agree on. Renders `mapReadingsView`; computes nothing itself.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PostsData, SeedInfo, SiteValue } from '../../model/types.ts';
import { mapReadingsView, siteValueStatus } from '../../query/readings.ts';
import type { Lang } from '../../query/types.ts';
import { translated, msg } from '../../i18n/index.ts';
import { dialogsText } from '../../i18n/dialogs.ts';
import { sourceRef } from '../source-ref.ts';
import { sharedStyles } from '../shared-styles.ts';
import { elsewhereText, siteValueStatusText } from '../../i18n/status.ts';

/** A list of labels or values, or a dash when empty. */
const list = (xs: readonly (string | number)[]): string => (xs.length === 0 ? '—' : xs.join(', '));

export class CoopReadings extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-wrap: anywhere;
      }
      section {
        border-top: 1px solid #dedad1;
        padding-top: 0.5rem;
        margin-top: 0.75rem;
      }
      h3 {
        margin: 0.25rem 0;
        font-size: 1.05rem;
      }
      h4 {
        margin: 0.6rem 0 0.2rem;
        font-size: 0.9rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(9rem, 16rem) 1fr;
        gap: 0.2rem 0.75rem;
        margin: 0;
        font-size: 0.875rem;
      }
      dt {
        color: #47443e;
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      ul {
        margin: 0.2rem 0;
        padding-left: 1.1rem;
        font-size: 0.875rem;
      }
      .reading {
        border: 1px solid #dedad1;
        border-radius: 6px;
        padding: 0.4rem 0.6rem;
        margin: 0.4rem 0;
        background: #fbfaf7;
      }
      .reading.shown {
        border-color: #6b5d3f;
      }
      .badge {
        font-size: max(0.75rem, var(--min-text, 0px));
        background: #6b5d3f;
        color: #fff;
        border-radius: 3px;
        padding: 0 0.3rem;
        margin-left: 0.4rem;
      }
      .status {
        display: block;
        color: #47443e;
        font-size: max(0.8rem, var(--min-text, 0px));
      }
      details {
        font-size: max(0.75rem, var(--min-text, 0px));
        color: #47443e;
      }
    `,
  ];
  static override properties = { lang: {}, posts: { attribute: false }, seeds: { attribute: false } };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** `data/posts.json`, validated. */
  declare posts: PostsData | null;
  /** The seeds' titles and dates (`data/sources.json`), to name each source. */
  declare seeds: readonly SeedInfo[];

  constructor() {
    super();
    this.lang = 'fr';
    this.posts = null;
    this.seeds = [];
  }

  private value(v: SiteValue) {
    const posts = this.posts as PostsData;
    // The reading block states its assumption once, above its list: the lines do not repeat it.
    return html`<li data-site-value=${v.id}>
      <strong>${v.label}</strong> : ${v.value}
      <span class="status">${siteValueStatusText({ ...siteValueStatus(v, posts), assumption: null }, this.lang)}</span>
      ${v.communeBassin ? html`<span class="status" data-testid="elsewhere">${elsewhereText(siteValueStatus(v, posts), v.bassin, this.lang)}</span>` : nothing}
    </li>`;
  }

  override render() {
    const t = msg(this.lang);
    const r = dialogsText(this.lang).readings;
    if (!this.posts) return nothing;
    return html`<p class="muted">${r.intro}</p>
      <h4>${r.rules}</h4>
      <ul>
        ${r.rulesList.map((rule) => html`<li>${rule}</li>`)}
      </ul>
      ${mapReadingsView(this.posts).map((map) => {
        const scheme = this.posts?.schemes.find((s) => s.id === map.scheme);
        const name = t.filters.schemeNames[map.scheme as 'atp' | 'ccu'] ?? map.scheme;
        return html`<section data-testid="map-reading" data-scheme=${map.scheme}>
          <h3>${scheme?.period ? r.mapTitle(name, scheme.period.start, scheme.period.end) : name}</h3>
          <h4>${r.facts}</h4>
          <dl>
            <dt>${r.totals}</dt>
            <dd>${map.totals.map((x) => `${t.bassins[x.bassin]} ${x.value}`).join(' · ')}</dd>
            <dt>${r.stated}</dt>
            <dd>${map.stated.map((v) => `${v.label}`).join(' · ') || '—'}</dd>
            <dt>${r.labels(map.hub)}</dt>
            <dd>${list(map.labels)}</dd>
            <dt>${r.values}</dt>
            <dd data-testid="value-block">${list(map.values)}</dd>
            <dt>${r.pairs}</dt>
            <dd>${list(map.adjacentPairs.map((p) => `${p.label} ${p.value}`))}</dd>
            <dt>${r.unvalued}</dt>
            <dd>${list(map.unvalued)}</dd>
            <dt>${r.loose}</dt>
            <dd>${list(map.looseValues)}</dd>
            <dt>${r.legend}</dt>
            <dd>${list(map.legendValues)}</dd>
          </dl>
          ${map.readings.map(
            (reading) =>
              html`<div
                class="reading ${reading.shown ? 'shown' : ''}"
                data-testid="reading"
                data-assumption=${reading.assumption?.id ?? 'none'}
              >
                <strong>${reading.assumption ? r.assumption : r.noAssumption}</strong
                >${reading.shown ? html`<span class="badge">${r.shown}</span>` : nothing}
                ${reading.assumption ? html`<p>${translated(this.lang, reading.assumption, 'text')}</p>` : nothing}
                <p data-testid="reading-count">${r.count(reading.count)}</p>
                <h4>${r.agreed}</h4>
                <ul>
                  ${reading.agreed.map((v) => this.value(v))}
                </ul>
                ${reading.shown ? html`<p class="muted">${r.nothingElse}</p>` : nothing}
              </div>`,
          )}
          ${map.unattributed.map((u) => html`<p>${r.unattributed(t.bassins[u.bassin], u.value)}</p>`)}
          <details>
            <summary>${t.details.sources}</summary>
            ${map.sources.map((s) => html`<div>${sourceRef(s, this.posts ? this.seeds : [], this.lang)}</div>`)}
          </details>
        </section>`;
      })}`;
  }
}

customElements.define('coop-readings', CoopReadings);

declare global {
  interface HTMLElementTagNameMap {
    'coop-readings': CoopReadings;
  }
}
