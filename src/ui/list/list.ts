/**
 * `<coop-list>`: the "Liste" view — the cooperations, the establishments or
 * the counts per bassin that the map shows, as a sortable, filterable table.
 * A row's name is a button that emits `coop-select` (the map focuses it); the
 * row of the focused id is marked and scrolled into view (the map selects
 * it). "Export" downloads exactly the rows shown as CSV, stating the date and
 * the filters (see `src/export/listCsv.ts`).
 *
 * Over 350 lines: three tables (cooperations, establishments, counts) share sorting, filtering, selection sync and the CSV export of what they show.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Source } from '../../model/types.ts';
import {
  filterRows,
  sortCooperationRows,
  sortEstablishmentRows,
  type CooperationRow,
  type CooperationSortKey,
  type EstablishmentRow,
  type EstablishmentSortKey,
  type ListContext,
} from '../../query/listRows.ts';
import type { Counts, Lang } from '../../query/types.ts';
import { BASSIN_IDS } from '../../model/types.ts';
import type { NetworkComparison } from '../../query/compare.ts';
import { parseDateInput } from '../../query/compare.ts';
import { cooperationsCsv, countsListCsv, establishmentsCsv } from '../../export/listCsv.ts';
import { formatDate, formatDecimal, translated, msg } from '../../i18n/index.ts';
import { listText } from '../../i18n/list.ts';
import { LINK_STYLES } from '../../map/palette.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

export type ListShowing = 'cooperations' | 'establishments' | 'counts' | 'compare';

/** Detail of `coop-compare`: the date the shown network is compared with (ISO), or null when compare mode is off. */
export interface CompareDetail {
  otherDate: string | null;
}

export class CoopList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.6rem;
        align-items: center;
        padding: 0.4rem 0.5rem;
        border-bottom: 1px solid #d8d3c8;
      }
      h2 {
        font-size: 0.95rem;
        margin: 0 auto 0 0;
      }
      .seg {
        display: inline-flex;
        border: 1px solid #6f6a60;
        border-radius: 6px;
        overflow: hidden;
      }
      .seg button {
        border: 0;
        background: #fff;
        padding: 0.3rem 0.6rem;
        min-height: 2.2rem;
      }
      .seg button[aria-pressed='true'] {
        background: #1f3b57;
        color: #fff;
      }
      input[type='search'] {
        font: inherit;
        min-height: 2.2rem;
        padding: 0.2rem 0.5rem;
        border: 1px solid #6f6a60;
        border-radius: 6px;
        min-width: 12rem;
      }
      .scroll {
        overflow: auto;
        flex: 1 1 auto;
        min-height: 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 0.45rem;
        border-bottom: 1px solid #ece8df;
        vertical-align: top;
      }
      thead th {
        position: sticky;
        top: 0;
        background: #f6f4ef;
        z-index: 1;
      }
      thead button {
        border: 0;
        background: none;
        font-weight: 600;
        padding: 0;
        min-height: 2rem;
      }
      tr.selected td,
      tr.selected th {
        background: #fff4c2;
      }
      .kind {
        border-left: 4px solid var(--kind, #888);
        padding-left: 0.3rem;
        white-space: nowrap;
      }
      .muted {
        color: #47443e;
      }
      .num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      table {
        font-size: max(0.8rem, var(--min-text, 0px));
      }
      td.src {
        min-width: 12rem;
        max-width: 20rem;
      }
      code {
        font-size: max(0.7rem, var(--min-text, 0px));
        word-break: break-all;
      }
    `,
  ];
  static override properties = {
    lang: {},
    cooperations: { attribute: false },
    establishments: { attribute: false },
    counts: { attribute: false },
    focusId: { attribute: false },
    zoneNames: { attribute: false },
    context: { attribute: false },
    compare: { attribute: false },
    timeline: { attribute: false },
    compareText: { state: true },
    showing: { state: true },
    query: { state: true },
    sortKey: { state: true },
    descending: { state: true },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The cooperation rows (from `cooperationRows`). */
  declare cooperations: CooperationRow[];
  /** The establishment rows (from `establishmentRows`). */
  declare establishments: EstablishmentRow[];
  /** Counts per bassin for the current filters, or null. */
  declare counts: Counts | null;
  /** The focused id (establishment, cooperation or bassin), or null. */
  declare focusId: string | null;
  /** Names of zones de proximité by id. */
  declare zoneNames: ReadonlyMap<string, string>;
  /** The date and the filters in words, stated in the export. */
  declare context: ListContext;
  /** Compares the shown network with another ISO date (see `compareNetwork`). */
  declare compare: (otherDate: string) => NetworkComparison | null;
  /** The dates the network can be shown at. */
  declare timeline: { start: string; end: string };
  declare private compareText: string;
  declare showing: ListShowing;
  declare private query: string;
  declare private sortKey: string;
  declare private descending: boolean;

  constructor() {
    super();
    this.lang = 'fr';
    this.cooperations = [];
    this.establishments = [];
    this.counts = null;
    this.focusId = null;
    this.zoneNames = new Map();
    this.context = { date: '', filters: [] };
    this.compare = () => null;
    this.timeline = { start: '2000-01-01', end: '2017-12-31' };
    this.compareText = '';
    this.showing = 'cooperations';
    this.query = '';
    this.sortKey = 'name';
    this.descending = false;
  }

  /** The cooperation rows shown: filtered by the list's query, sorted by its column. */
  shownCooperations(): CooperationRow[] {
    return sortCooperationRows(filterRows(this.cooperations, this.query), this.sortKey as CooperationSortKey, this.descending);
  }

  /** The establishment rows shown. */
  shownEstablishments(): EstablishmentRow[] {
    return sortEstablishmentRows(filterRows(this.establishments, this.query), this.sortKey as EstablishmentSortKey, this.descending);
  }

  /** The comparison with the typed date, or null while it is no date. */
  comparison(): NetworkComparison | null {
    const other = parseDateInput(this.compareText, this.timeline.start, this.timeline.end);
    return other ? this.compare(other) : null;
  }

  /** The CSV of what the table shows now (also what "Export" downloads). */
  csv(): string {
    if (this.showing === 'compare') {
      const c = this.comparison();
      if (!c) return '';
      const l = listText(this.lang);
      const context: ListContext = {
        ...this.context,
        filters: [
          ...this.context.filters,
          [l.compareFrom, c.from],
          [l.compareTo, c.to],
          [l.appeared, String(c.appeared.length)],
          [l.ended, String(c.ended.length)],
        ],
      };
      return cooperationsCsv([...c.appeared, ...c.ended], context, this.lang);
    }
    const context: ListContext = this.query.trim()
      ? { ...this.context, filters: [...this.context.filters, [listText(this.lang).fQuery, this.query.trim()]] }
      : this.context;
    if (this.showing === 'cooperations') return cooperationsCsv(this.shownCooperations(), context, this.lang);
    if (this.showing === 'establishments') return establishmentsCsv(this.shownEstablishments(), context, this.lang, this.zoneNames);
    return this.counts ? countsListCsv(this.counts, context, this.lang) : '';
  }

  private download(): void {
    const blob = new Blob([this.csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `coopmap-${this.showing}-${this.context.date}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The other date last sent with `coop-compare` (null: compare mode off). */
  private sentCompare: string | null = null;

  /** The date compared with while the compare table is shown, else null. */
  compareDate(): string | null {
    return this.showing === 'compare' ? parseDateInput(this.compareText, this.timeline.start, this.timeline.end) : null;
  }

  protected override updated(changed: PropertyValues): void {
    // Compare mode is the map's too: the app hears the other date, or null when it is left.
    const other = this.compareDate();
    if (other !== this.sentCompare) {
      this.sentCompare = other;
      emit(this, 'coop-compare', { otherDate: other });
    }
    // The map selected something: bring its row into view.
    if (changed.has('focusId') && this.focusId) {
      this.renderRoot.querySelector(`tr[data-id="${CSS.escape(this.focusId)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private select(id: string): void {
    emit(this, 'coop-select', { id: this.focusId === id ? null : id });
  }

  private sortHeader(key: string, label: string) {
    const t = listText(this.lang);
    const active = this.sortKey === key;
    return html`<th scope="col" aria-sort=${active ? (this.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        data-sort=${key}
        aria-label=${t.sortBy(label)}
        @click=${() => {
          this.descending = active ? !this.descending : false;
          this.sortKey = key;
        }}
      >
        ${label}${active ? (this.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>`;
  }

  private source(s: Source | null) {
    return s ? html`<code>${s.seed}</code> <q>${s.quote}</q>` : nothing;
  }

  override render() {
    if (this.showing === 'compare') return this.renderWithBar(0, 0);
    const total =
      this.showing === 'cooperations'
        ? this.cooperations.length
        : this.showing === 'establishments'
          ? this.establishments.length
          : BASSIN_IDS.length;
    const shown =
      this.showing === 'cooperations'
        ? this.shownCooperations().length
        : this.showing === 'establishments'
          ? this.shownEstablishments().length
          : BASSIN_IDS.length;
    return this.renderWithBar(shown, total);
  }

  private renderWithBar(shown: number, total: number) {
    const l = listText(this.lang);
    return html`
      <div class="bar">
        <h2 id="list-heading">${msg(this.lang).list.heading}</h2>
        <div class="seg" role="group" aria-label=${l.showing}>
          ${(['cooperations', 'establishments', 'counts', 'compare'] as const).map(
            (s) =>
              html`<button
                data-showing=${s}
                aria-pressed=${this.showing === s ? 'true' : 'false'}
                @click=${() => {
                  this.showing = s;
                  // Each table has its own columns: its filter and sort start afresh.
                  this.query = '';
                  this.sortKey = 'name';
                  this.descending = false;
                }}
              >
                ${l[s]}
              </button>`,
          )}
        </div>
        ${
          this.showing === 'compare'
            ? html`<label
                >${l.compareWith}
                <input
                  type="search"
                  data-testid="compare-date"
                  placeholder=${l.comparePlaceholder}
                  .value=${this.compareText}
                  @input=${(e: Event) => (this.compareText = (e.target as HTMLInputElement).value)}
              /></label>`
            : this.showing === 'counts'
              ? nothing
              : html`<input
                  type="search"
                  data-testid="list-filter"
                  aria-label=${l.filter}
                  placeholder=${l.filterPlaceholder}
                  .value=${this.query}
                  @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
                />`
        }
        ${this.showing === 'compare' ? nothing : html`<span class="muted" role="status" data-testid="list-count">${l.rows(shown, total)}</span>`}
        <button class="btn" data-testid="list-export" aria-label=${l.exportLabel} @click=${() => this.download()}>${l.exportCsv}</button>
      </div>
      <div class="scroll" tabindex="0" aria-labelledby="list-heading">${this.renderTable()}</div>
    `;
  }

  private coopRows(rows: readonly CooperationRow[]) {
    const t = msg(this.lang);
    const l = listText(this.lang);
    return rows.map(
      (r) =>
        html`<tr data-id=${r.id} class=${this.focusId === r.id ? 'selected' : ''} aria-selected=${this.focusId === r.id ? 'true' : 'false'}>
          <th scope="row">
            <button class="link-btn" @click=${() => this.select(r.id)}>${translated(this.lang, r, 'name')}</button
            >${r.inferred ? html`<abbr title=${l.inferred}>*</abbr>` : nothing}
          </th>
          <td><span class="kind" style=${`--kind:${LINK_STYLES[r.kind].color}`}>${t.linkKinds[r.kind]}</span></td>
          <td>${r.date ? formatDate(r.date, this.lang, r.datePrecision) : html`<span class="muted">${l.undated}</span>`}</td>
          <td>${r.members.join(', ')}</td>
          <td class="src">${this.source(r.source)}</td>
        </tr>`,
    );
  }

  private renderCompare() {
    const l = listText(this.lang);
    const c = this.comparison();
    if (!c) return html`<p class="muted" style="padding:0.5rem">${l.compareHint}</p>`;
    const table = (id: string, caption: string, rows: readonly CooperationRow[]) =>
      html`<table data-testid=${id}>
        <caption style="text-align:left;font-weight:600;padding:0.3rem 0.45rem">
          ${caption} (${rows.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">${l.colName}</th>
            <th scope="col">${l.colKind}</th>
            <th scope="col">${l.colDate}</th>
            <th scope="col">${l.colMembers}</th>
            <th scope="col">${l.colSource}</th>
          </tr>
        </thead>
        <tbody>
          ${this.coopRows(rows)}
        </tbody>
      </table>`;
    return html`${table('compare-appeared', l.appearedBetween(formatDate(c.from, this.lang), formatDate(c.to, this.lang)), c.appeared)}
    ${table('compare-ended', l.endedBetween(formatDate(c.from, this.lang), formatDate(c.to, this.lang)), c.ended)}
    ${c.ended.length === 0 ? html`<p class="muted" style="padding:0 0.45rem">${l.noEnd}</p>` : nothing}`;
  }

  private renderTable() {
    const t = msg(this.lang);
    const l = listText(this.lang);
    if (this.showing === 'compare') return this.renderCompare();
    if (this.showing === 'cooperations') {
      return html`<table data-testid="list-table" data-showing="cooperations">
        <thead>
          <tr>
            ${this.sortHeader('name', l.colName)} ${this.sortHeader('kind', l.colKind)} ${this.sortHeader('date', l.colDate)}
            ${this.sortHeader('status', l.colAtDate)} ${this.sortHeader('members', l.colMembers)}
            <th scope="col">${l.colSource}</th>
          </tr>
        </thead>
        <tbody>
          ${this.shownCooperations().map(
            (r) =>
              html`<tr
                data-id=${r.id}
                class=${this.focusId === r.id ? 'selected' : ''}
                aria-selected=${this.focusId === r.id ? 'true' : 'false'}
              >
                <th scope="row">
                  <button class="link-btn" @click=${() => this.select(r.id)}>${translated(this.lang, r, 'name')}</button
                  >${r.inferred ? html`<abbr title=${l.inferred}>*</abbr>` : nothing}
                </th>
                <td><span class="kind" style=${`--kind:${LINK_STYLES[r.kind].color}`}>${t.linkKinds[r.kind]}</span></td>
                <td>${r.date ? formatDate(r.date, this.lang, r.datePrecision) : html`<span class="muted">${l.undated}</span>`}</td>
                <td>${l.atDateShort[r.atDate] ?? r.atDate} · ${t.details.status[r.status] ?? r.status}</td>
                <td>${r.members.join(', ')}</td>
                <td class="src">${this.source(r.source)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
    }
    if (this.showing === 'establishments') {
      return html`<table data-testid="list-table" data-showing="establishments">
        <thead>
          <tr>
            ${this.sortHeader('name', l.colName)} ${this.sortHeader('kind', l.colKind)} ${this.sortHeader('commune', l.colCommune)}
            ${this.sortHeader('bassin', l.colBassin)} ${this.sortHeader('cooperations', l.colCooperations)}
            ${this.sortHeader('distance', this.establishments[0]?.kmFrom ? l.colDistance(this.establishments[0].kmFrom) : l.colDistanceShort)}
            <th scope="col">${l.colSource}</th>
          </tr>
        </thead>
        <tbody>
          ${this.shownEstablishments().map(
            (r) =>
              html`<tr
                data-id=${r.id}
                class=${this.focusId === r.id ? 'selected' : ''}
                aria-selected=${this.focusId === r.id ? 'true' : 'false'}
              >
                <th scope="row"><button class="link-btn" @click=${() => this.select(r.id)}>${r.shortName}</button></th>
                <td>${t.kinds[r.kind]}</td>
                <td>${r.commune}${r.approximate ? html` <span class="muted">(${l.placeCommune})</span>` : nothing}</td>
                <td>${r.bassin ? t.bassins[r.bassin] : ''}</td>
                <td class="num">${r.cooperations}</td>
                <td class="num" data-km>${r.km === null ? '' : formatDecimal(r.km, this.lang, 1)}</td>
                <td class="src">${this.source(r.source)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
    }
    const counts = this.counts;
    if (!counts) return nothing;
    return html`<table data-testid="list-table" data-showing="counts">
      <thead>
        <tr>
          <th scope="col">${t.counts.bassin}</th>
          <th scope="col" class="num">${t.filters.schemeNames.atp}</th>
          <th scope="col" class="num">${t.filters.schemeNames.atp} (${l.published})</th>
          <th scope="col" class="num">${t.filters.schemeNames.ccu}</th>
          <th scope="col" class="num">${t.filters.schemeNames.ccu} (${l.published})</th>
        </tr>
      </thead>
      <tbody>
        ${BASSIN_IDS.map(
          (b) =>
            html`<tr data-id=${b} class=${this.focusId === b ? 'selected' : ''} aria-selected=${this.focusId === b ? 'true' : 'false'}>
              <th scope="row"><button class="link-btn" @click=${() => this.select(b)}>${t.bassins[b]}</button></th>
              ${(['atp', 'ccu'] as const).map(
                (s) =>
                  html`<td class="num">${counts[s].byBassin[b].value}${counts[s].byBassin[b].inferred ? '*' : ''}</td>
                    <td class="num">${counts[s].byBassin[b].published}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('coop-list', CoopList);

declare global {
  interface HTMLElementEventMap {
    'coop-compare': CustomEvent<CompareDetail>;
  }
  interface HTMLElementTagNameMap {
    'coop-list': CoopList;
  }
}
