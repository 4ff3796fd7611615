/**
 * `<coop-counts>`: the counts panel, an accessible table of the shared posts
 * per bassin for both schemes, with the regional total, the disagreements
 * between site breakdowns and published totals, the part not attributed to a
 * site under a filter, and inferred values marked. Each number opens its
 * source (seed file + quote) in a dialog. Bassin names select the bassin.
 *
 * Over 350 lines: the table, its notes (disagreements, group values, sites counted elsewhere) and the source dialog of each number.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { BASSIN_IDS, type BassinId, type PostsData, type SeedInfo, type Source } from '../../model/types.ts';
import { SCHEMES } from '../../model/registry.ts';
import { siteValueStatus } from '../../query/readings.ts';
import type { CountCell, Counts, Lang, Scheme, SchemeCounts } from '../../query/types.ts';
import { formatDecimal, formatNumber, msg } from '../../i18n/index.ts';
import { panelsText } from '../../i18n/panels.ts';
import { elsewhereText, siteValueStatusText } from '../../i18n/status.ts';
import type { BassinRates } from '../../query/rates.ts';
import { emit } from '../events.ts';
import { sourceTitle } from '../source-ref.ts';
import { sharedStyles } from '../shared-styles.ts';
import { countsStyles } from './counts.styles.ts';

/** What the source dialog explains. */
interface Explained {
  title: string;
  value: number;
  sources: Source[];
  siteValues: { label: string; value: number; inferred: boolean; group: boolean; status: string; elsewhere: string | null }[];
}

export class CoopCounts extends LitElement {
  static override styles = [sharedStyles, countsStyles];
  static override properties = {
    lang: {},
    counts: { attribute: false },
    scheme: {},
    focusId: { attribute: 'focus-id' },
    maps: { attribute: false },
    seeds: { attribute: false },
    rates: { attribute: false },
    explained: { state: true },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** Counts of both schemes for the current filters (from `countsByBassin`). */
  declare counts: Counts | null;
  /** The scheme the map shows: its column is highlighted. */
  declare scheme: Scheme;
  /** The focused bassin or establishment id (attribute `focus-id`): a focused bassin's row is highlighted. */
  declare focusId: string | null;
  /** The post-map facts (`posts.maps`), for the one-line status of each site value. */
  declare maps: PostsData['maps'];
  /** The seeds' titles and dates (`data/sources.json`), to name each source. */
  declare seeds: readonly SeedInfo[];
  /** Rates per 100,000 inhabitants (from `ratesByBassin`), or null: with them the table gains a population column and a rate column for `scheme`. */
  declare rates: BassinRates | null;
  declare private explained: Explained | null;

  constructor() {
    super();
    this.lang = 'fr';
    this.counts = null;
    this.scheme = 'atp';
    this.focusId = null;
    this.maps = [];
    this.seeds = [];
    this.rates = null;
    this.explained = null;
  }

  private explain(title: string, value: number, sources: Source[], cell?: CountCell): void {
    this.explained = {
      title,
      value,
      sources,
      siteValues: (cell?.siteValues ?? []).map((sv) => {
        const status = siteValueStatus(sv, { maps: this.maps });
        return {
          label: sv.label,
          value: sv.value,
          inferred: sv.certainty !== 'stated',
          group: sv.establishments.length > 1,
          status: siteValueStatusText(status, this.lang),
          elsewhere: elsewhereText(status, sv.bassin, this.lang),
        };
      }),
    };
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private numberButton(scheme: Scheme, bassin: BassinId, cell: CountCell): TemplateResult {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    const name = `${t.bassins[bassin]}, ${t.filters.schemeNames[scheme]}`;
    const label = `${pt.counts.openSource(name, cell.value)}${cell.inferred ? ` (${t.counts.inferredMark})` : ''}`;
    return html`<button
      class="num ${cell.inferred ? 'inferred' : ''}"
      aria-label=${label}
      aria-haspopup="dialog"
      @click=${() => this.explain(name, cell.value, cell.sources, cell)}
    >
      ${cell.value}
    </button>`;
  }

  /** Notes under a bassin row: disagreement, unattributed part, unsplit group values. */
  private notes(bassin: BassinId, counts: Counts): TemplateResult[] {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    const out: TemplateResult[] = [];
    for (const scheme of SCHEMES) {
      const cell = counts[scheme].byBassin[bassin];
      const parts: string[] = [];
      if (cell.disagreement) parts.push(pt.counts.sitesVsPublished(cell.sitesSum, cell.published));
      if (counts[scheme].filtered) {
        if (cell.unattributed !== 0) parts.push(pt.counts.unattributedFiltered(cell.unattributed, cell.published));
        const unsplit = cell.unsplittable.reduce((s, v) => s + v.value, 0);
        if (unsplit > 0) parts.push(pt.counts.unsplittable(unsplit));
      } else if (cell.unattributed > 0) {
        parts.push(pt.counts.unattributed(cell.unattributed));
      }
      // Somain: every reading counts it here although its commune lies in another bassin; say so where the number appears.
      for (const v of cell.siteValues) {
        if (v.communeBassin) parts.push(pt.counts.countedElsewhere(v.label, v.value, t.bassins[v.communeBassin]));
      }
      if (parts.length > 0) {
        out.push(
          html`<span class="note-item ${cell.disagreement ? 'disagree' : ''}" data-note-scheme=${scheme}
            ><strong>${t.filters.schemeNames[scheme]}</strong> — ${parts.join(' ; ')}</span
          >`,
        );
      }
    }
    return out;
  }

  private totalCell(c: SchemeCounts, scheme: Scheme): TemplateResult {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    return html`<td data-total-scheme=${scheme} class=${scheme === this.scheme ? 'current' : ''}>
      <button
        class="num total"
        aria-haspopup="dialog"
        aria-label=${pt.counts.openSource(`${t.counts.total}, ${t.filters.schemeNames[scheme]}`, c.total)}
        @click=${() => this.explain(`${t.counts.total}, ${t.filters.schemeNames[scheme]}`, c.total, c.publishedSources)}
      >
        ${c.total}
      </button>
      ${!c.filtered && c.total !== c.published ? html`<span class="published">${pt.counts.published} ${c.published}</span>` : nothing}
    </td>`;
  }

  override render() {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    const counts = this.counts;
    if (!counts) return nothing;
    const filtered = SCHEMES.some((s) => counts[s].filtered);
    const anyDisagreement = SCHEMES.some((s) => BASSIN_IDS.some((b) => counts[s].byBassin[b].disagreement));
    const extras = SCHEMES.map((s) => counts[s].extras.reduce((sum, x) => sum + x.value, 0));
    const rates = this.rates;
    return html`
      <table data-testid="counts" class=${rates ? 'with-rates' : ''}>
        <caption>
          <span class="cap-title">${pt.counts.heading}</span>
          <span class="cap-sub">${pt.counts.caption(filtered)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.counts.bassin}</th>
            ${SCHEMES.map(
              (s) =>
                html`<th scope="col" class=${s === this.scheme ? 'current' : ''}>
                  ${t.filters.schemeNames[s]}
                  <span class="period">${counts[s].period.start}–${counts[s].period.end}</span>
                  ${s === this.scheme ? html`<span class="sr-only">(${pt.counts.selectedColumn})</span>` : nothing}
                </th>`,
            )}
            ${
              rates
                ? html`<th scope="col" data-population-head>${pt.rates.population(rates.year)}</th>
                    <th scope="col" class="current">
                      ${t.filters.schemeNames[this.scheme]} <span class="period">${pt.rates.per100k}</span>
                    </th>`
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${BASSIN_IDS.map((b) => {
            const notes = this.notes(b, counts);
            const selected = this.focusId === b;
            return html`
              <tr data-bassin=${b} class=${selected ? 'selected' : ''}>
                <th scope="row">
                  <button
                    class="bassin"
                    aria-pressed=${selected ? 'true' : 'false'}
                    aria-label=${pt.counts.selectBassin(t.bassins[b])}
                    @click=${() => emit(this, 'coop-select', { id: selected ? null : b })}
                  >
                    ${t.bassins[b]}
                  </button>
                </th>
                ${SCHEMES.map(
                  (s) =>
                    html`<td data-scheme=${s} class=${s === this.scheme ? 'current' : ''}>
                      ${this.numberButton(s, b, counts[s].byBassin[b])}
                    </td>`,
                )}
                ${
                  rates
                    ? html`<td data-population>${formatNumber(rates[this.scheme][b].population, this.lang)}</td>
                        <td data-rate-scheme=${this.scheme} class="current">
                          ${formatDecimal(rates[this.scheme][b].rate, this.lang, this.scheme === 'ccu' ? 2 : 1)}
                        </td>`
                    : nothing
                }
              </tr>
              ${
                notes.length > 0
                  ? html`<tr class="notes">
                      <td colspan=${rates ? SCHEMES.length + 3 : SCHEMES.length + 1}>${notes}</td>
                    </tr>`
                  : nothing
              }
            `;
          })}
          ${
            extras.some((n) => n > 0)
              ? html`<tr class="extra" data-extra>
                  <th scope="row">${t.counts.extra}</th>
                  ${SCHEMES.map((s, i) => {
                    const list = counts[s].extras;
                    return html`<td data-extra-scheme=${s} class=${s === this.scheme ? 'current' : ''}>
                      ${
                        (extras[i] ?? 0) > 0
                          ? html`<button
                              class="num"
                              aria-haspopup="dialog"
                              aria-label=${pt.counts.openSource(`${t.counts.extra}, ${t.filters.schemeNames[s]}`, extras[i] ?? 0)}
                              @click=${() =>
                                this.explain(
                                  `${t.counts.extra}, ${t.filters.schemeNames[s]}`,
                                  extras[i] ?? 0,
                                  list.flatMap((x) => x.sources),
                                )}
                            >
                              ${extras[i]}
                            </button>`
                          : html`<span aria-hidden="true">–</span>`
                      }
                    </td>`;
                  })}
                  ${
                    rates
                      ? html`<td></td>
                          <td></td>`
                      : nothing
                  }
                </tr>`
              : nothing
          }
        </tbody>
        <tfoot>
          <tr data-total>
            <th scope="row">${t.counts.total}</th>
            ${SCHEMES.map((s) => this.totalCell(counts[s], s))}
            ${
              rates
                ? html`<td></td>
                    <td></td>`
                : nothing
            }
          </tr>
        </tfoot>
      </table>
      <div class="legend small">
        ${filtered ? html`<p>${pt.counts.filteredLegend}</p>` : nothing}
        ${anyDisagreement ? html`<p>${pt.counts.disagreementLegend}</p>` : nothing}
        ${rates ? html`<p data-testid="counts-rate-caveat">${pt.rates.caveat(counts[this.scheme].period.start, counts[this.scheme].period.end, rates.year)}</p>` : nothing}
        <p>${pt.counts.inferredLegend}</p>
        <button class="link-btn" data-testid="open-readings" @click=${() => emit(this, 'coop-open-readings', {})}>
          ${t.readings.open}
        </button>
      </div>
      ${this.renderDialog()}
    `;
  }

  private renderDialog() {
    const t = msg(this.lang);
    const e = this.explained;
    return html`<dialog
      aria-labelledby="src-title"
      @close=${() => (this.explained = null)}
      @click=${(ev: Event) => {
        if (ev.target === ev.currentTarget) this.closeDialog();
      }}
    >
      ${
        e
          ? html`<div class="dialog-body">
              <h2 id="src-title">${t.source.heading}</h2>
              <p class="what"><strong>${e.title}</strong> : <span class="big">${e.value}</span></p>
              ${
                e.sources.length === 0
                  ? html`<p>${t.source.none}</p>`
                  : html`<ul class="sources">
                      ${e.sources.map(
                        (s) =>
                          html`<li>
                            <span class="seed"
                              >${t.source.seed} <cite title=${s.seed}>${sourceTitle(s.seed, this.seeds, this.lang)}</cite></span
                            >
                            <blockquote>« ${s.quote} »</blockquote>
                          </li>`,
                      )}
                    </ul>`
              }
              ${
                e.siteValues.length > 0
                  ? html`<h3>${t.source.siteValues}</h3>
                      <ul class="sites">
                        ${e.siteValues.map(
                          (v) =>
                            html`<li>
                              <span>${v.label}</span>
                              <span class="v">${v.value}${v.inferred ? html`<abbr title=${t.counts.inferredMark}>*</abbr>` : nothing}</span>
                              ${v.group ? html`<span class="muted small">(${t.source.group})</span>` : nothing}
                              <span class="status small" data-testid="site-status">${v.status}</span>
                              ${v.elsewhere ? html`<span class="status small" data-testid="elsewhere">${v.elsewhere}</span>` : nothing}
                            </li>`,
                        )}
                      </ul>`
                  : nothing
              }
              <button class="btn close" @click=${() => this.closeDialog()}>${t.close}</button>
            </div>`
          : nothing
      }
    </dialog>`;
  }
}

customElements.define('coop-counts', CoopCounts);

declare global {
  interface HTMLElementTagNameMap {
    'coop-counts': CoopCounts;
  }
  interface HTMLElementEventMap {
    /** Asks the app to open the "how this map was read" view. */
    'coop-open-readings': CustomEvent<Record<string, never>>;
  }
}
