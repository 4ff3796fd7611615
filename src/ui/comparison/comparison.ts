/**
 * `<coop-comparison>`: the four bassins side by side (from `bassinComparison`):
 * population, ATP and CCU-Région counts and rates per 100,000 inhabitants,
 * establishments, cooperations by kind, median distance to the CHRU; with the
 * caveat on what the numbers are, and an "Export as CSV" button that emits
 * `coop-export-comparison` (the element that owns downloads makes the file).
 */
import { LitElement, css, html } from 'lit';
import { COOPERATION_KINDS } from '../../model/types.ts';
import type { BassinComparisonRow } from '../../query/bassinComparison.ts';
import type { Lang, Scheme } from '../../query/types.ts';
import { formatDate, formatDecimal, formatNumber, msg } from '../../i18n/index.ts';
import { panelsText } from '../../i18n/panels.ts';
import { dialogsText } from '../../i18n/dialogs.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

const SCHEMES: readonly Scheme[] = ['atp', 'ccu'];

export class CoopComparison extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
        font-size: max(0.85rem, var(--min-text, 0px));
      }
      th,
      td {
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid #dedad1;
        text-align: right;
        vertical-align: bottom;
      }
      th[scope='row'],
      thead th:first-child {
        text-align: left;
      }
      thead th {
        font-size: max(0.76rem, var(--min-text, 0px));
        color: #3f3c36;
        border-bottom: 2px solid #8a857a;
        max-width: 8rem;
      }
      .group {
        text-align: center;
        border-bottom: 1px solid #8a857a;
      }
      .rate {
        font-weight: 700;
      }
      p {
        max-width: 60rem;
      }
    `,
  ];
  static override properties = {
    lang: {},
    rows: { attribute: false },
    year: { type: Number },
    date: {},
    periods: { attribute: false },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** One row per bassin (from `bassinComparison`). */
  declare rows: readonly BassinComparisonRow[];
  /** Census year of the populations. */
  declare year: number;
  /** The date the cooperations are counted at (ISO). */
  declare date: string;
  /** Each scheme's period (posts are cumulative over it). */
  declare periods: Partial<Record<Scheme, { start: number; end: number }>>;

  constructor() {
    super();
    this.lang = 'fr';
    this.rows = [];
    this.year = 0;
    this.date = '';
    this.periods = {};
  }

  override render() {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    const d = dialogsText(this.lang).rates;
    const km = (v: number | null): string => (v === null ? '–' : formatDecimal(v, this.lang, 1));
    const name = (s: Scheme): string => {
      const p = this.periods[s];
      return p ? `${t.filters.schemeNames[s]} ${p.start}–${p.end}` : t.filters.schemeNames[s];
    };
    return html`
      <table data-testid="comparison">
        <thead>
          <tr>
            <th scope="col" rowspan="2">${d.columns.bassin}</th>
            <th scope="col" rowspan="2">${d.columns.population} ${this.year}</th>
            ${SCHEMES.map((s) => html`<th scope="colgroup" colspan="2" class="group">${name(s)}</th>`)}
            <th scope="col" rowspan="2">${d.columns.establishments}</th>
            <th scope="colgroup" colspan=${COOPERATION_KINDS.length} class="group">${t.details.cooperations}</th>
            <th scope="col" rowspan="2">${d.columns.medianKm}</th>
          </tr>
          <tr>
            ${SCHEMES.map(
              () =>
                html`<th scope="col">${pt.rates.count}</th>
                  <th scope="col">${pt.rates.per100k}</th>`,
            )}
            ${COOPERATION_KINDS.map((k) => html`<th scope="col">${t.linkKinds[k]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.rows.map(
            (r) =>
              html`<tr data-bassin=${r.bassin}>
                <th scope="row">${t.bassins[r.bassin]}</th>
                <td data-population>${formatNumber(r.population, this.lang)}</td>
                ${SCHEMES.map(
                  (s) =>
                    html`<td data-count=${s}>${r[s].count}</td>
                      <td class="rate" data-rate=${s}>${formatDecimal(r[s].rate, this.lang, 2)}</td>`,
                )}
                <td data-establishments>${r.establishments}</td>
                ${COOPERATION_KINDS.map((k) => html`<td data-coop=${k}>${r.cooperations[k]}</td>`)}
                <td data-median-km>${km(r.medianKmToHub)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="small muted">${d.compareNote(this.year, this.date ? formatDate(this.date, this.lang) : '')}</p>
      <button class="btn" data-testid="comparison-csv" @click=${() => emit(this, 'coop-export-comparison', {})}>${d.exportCsv}</button>
    `;
  }
}

customElements.define('coop-comparison', CoopComparison);

declare global {
  interface HTMLElementTagNameMap {
    'coop-comparison': CoopComparison;
  }
}

declare global {
  interface HTMLElementEventMap {
    'coop-export-comparison': CustomEvent<Record<string, never>>;
  }
}
