/**
 * `<coop-filters>`: the filters panel — scheme, link kinds (each with the
 * number of links of that kind drawn), timeline with play/pause, a date field
 * and year steps, the hide-attested switch, establishment kinds, CHT/GHT
 * membership, the distance filter and grid. It only emits `coop-change` with
 * a state patch; the app decides what the state becomes.
 *
 * Over 350 lines: one form whose controls depend on each other (date field, steps and slider; distance and origin; kinds and member), with their validation messages.
 */
import { LitElement, html, nothing } from 'lit';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS, type CooperationKind, type EstablishmentKind } from '../../model/types.ts';
import type { Filters, Grid, HistoryMode, Lang, Measure, Scheme, StatePatch } from '../../query/types.ts';
import { formatDate, msg } from '../../i18n/index.ts';
import { panelsText } from '../../i18n/panels.ts';
import { filterOptions } from '../../query/controls.ts';
import { LONG_LIST, narrowChoices } from '../../query/search.ts';
import type { Choice } from '../../query/visibleEstablishments.ts';
import { CLASS_METHODS, HUB_ID, MAX_WITHIN_KM, TIMELINE, type ClassMethod } from '../../query/state.ts';
import { readTypedDate, stepYear } from '../../query/timeline.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';
import { filtersStyles } from './filters.styles.ts';

/** Detail of `coop-change`: the state patch and how it goes into the history. */
export interface ChangeDetail {
  patch: StatePatch;
  history: HistoryMode;
}

/** First year of the timeline slider. */
export const TIMELINE_START_YEAR = 2000;
/** Last year of the timeline slider. */
export const TIMELINE_END_YEAR = 2017;
const MONTHS = (TIMELINE_END_YEAR - TIMELINE_START_YEAR + 1) * 12;

/** Slider position (months since Jan 2000) of an ISO date. */
export function monthIndex(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return Math.max(0, Math.min(MONTHS - 1, (year - TIMELINE_START_YEAR) * 12 + month - 1));
}

/** The last day of the month at slider position `i`, as an ISO date (so that month's cooperations are in force). */
export function dateAtIndex(i: number): string {
  const year = TIMELINE_START_YEAR + Math.floor(i / 12);
  const month = (i % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** Where January of `year` stands on the slider's track, from 0 to 1. */
const trackAt = (year: number): number => ((year - TIMELINE_START_YEAR) * 12) / (MONTHS - 1);

/**
 * Year labels under the slider, each at its January's true position (a fraction of the track):
 * every fifth year from the start, and the last year, whose label replaces a fifth year too close
 * to it to be read apart (2015 and 2017 would run together).
 */
export function sliderTicks(): { year: number; at: number }[] {
  const last = trackAt(TIMELINE_END_YEAR);
  const ticks: { year: number; at: number }[] = [];
  for (let year = TIMELINE_START_YEAR; year < TIMELINE_END_YEAR; year += 5) {
    if (last - trackAt(year) >= 0.2) ticks.push({ year, at: trackAt(year) });
  }
  ticks.push({ year: TIMELINE_END_YEAR, at: last });
  return ticks;
}

export class CoopFilters extends LitElement {
  static override styles = [sharedStyles, filtersStyles];
  static override properties = {
    lang: {},
    filters: { attribute: false },
    grid: {},
    measure: {},
    classMethod: { attribute: 'class-method' },
    linkCounts: { attribute: false },
    memberOptions: { attribute: false },
    undatedCount: { type: Number, attribute: 'undated-count' },
    periods: { attribute: false },
    withinOrigins: { attribute: false },
    playing: { state: true },
    dateText: { state: true },
    dateMessage: { state: true },
    withinDraft: { state: true },
    memberFind: { state: true },
    originFind: { state: true },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The current filters. */
  declare filters: Filters | null;
  /** The current grid (`bassins` or `zones`). */
  declare grid: Grid;
  /** What colours the territories: `count` or `rate` (per 100,000 inhabitants). */
  declare measure: Measure;
  /** How rate classes are cut (attribute `class-method`): `ckmeans`, `quantile` or `equal`. */
  declare classMethod: ClassMethod;
  /** Number of links drawn per kind, shown beside each toggle. */
  declare linkCounts: Partial<Record<CooperationKind, number>>;
  /** The CHTs and GHTs offered as a membership filter. */
  declare memberOptions: readonly Choice[];
  /** Number of undated cooperations among the link kinds shown (attribute `undated-count`). */
  declare undatedCount: number;
  /** Period of each scheme and where the date falls in it (figures are cumulative, never prorated). */
  declare periods: Partial<Record<Scheme, { start: number; end: number; dateRelation: 'before' | 'within' | 'after' }>>;
  /** The establishments offered as the distance filter's origin (CHRU first), by id and short name. */
  declare withinOrigins: readonly Choice[];
  declare private playing: boolean;
  /** The date field's text while typed; null shows the current date. */
  declare private dateText: string | null;
  /** What the date field says under it: a refusal (`error`) or a clamp (`clamped`), or nothing. */
  declare private dateMessage: { kind: 'error' | 'clamped'; text: string } | null;
  /** The radius typed while the distance filter is off (used when it is switched on), or a refusal. */
  declare private withinDraft: { km: number; error: boolean };
  /** What is typed in the search field of a long member list (see `LONG_LIST`). */
  declare private memberFind: string;
  /** What is typed in the search field of a long list of origins. */
  declare private originFind: string;
  private timer: number | undefined;

  constructor() {
    super();
    this.lang = 'fr';
    this.filters = null;
    this.grid = 'bassins';
    this.measure = 'count';
    this.classMethod = 'ckmeans';
    this.linkCounts = {};
    this.memberOptions = [];
    this.undatedCount = 0;
    this.periods = {};
    this.withinOrigins = [];
    this.playing = false;
    this.dateText = null;
    this.dateMessage = null;
    this.withinDraft = { km: 30, error: false };
    this.memberFind = '';
    this.originFind = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop(false);
  }

  private change(patch: StatePatch, history: HistoryMode = 'push'): void {
    emit(this, 'coop-change', { patch, history });
  }

  private toggleLink(kind: CooperationKind, on: boolean): void {
    const current = new Set(this.filters?.links ?? []);
    if (on) current.add(kind);
    else current.delete(kind);
    this.change({ filters: { links: COOPERATION_KINDS.filter((k) => current.has(k)) } });
  }

  private toggleKind(kind: EstablishmentKind, on: boolean): void {
    const current = new Set(this.filters?.kinds ?? []);
    if (on) current.add(kind);
    else current.delete(kind);
    this.change({ filters: { kinds: ESTABLISHMENT_KINDS.filter((k) => current.has(k)) } });
  }

  /** The date field, on Enter or leaving it: a year or month means its last day (see `readTypedDate`). */
  private commitDate(text: string): void {
    if (text.trim() === '') {
      this.dateText = null;
      this.dateMessage = null;
      return;
    }
    const t = panelsText(this.lang).filters;
    const read = readTypedDate(text, TIMELINE.start, TIMELINE.end);
    if (!read) {
      this.dateText = text;
      this.dateMessage = { kind: 'error', text: t.dateInputError(TIMELINE.start, TIMELINE.end) };
      return;
    }
    this.dateText = null;
    this.dateMessage = read.clamped ? { kind: 'clamped', text: t.dateInputClamped(formatDate(read.date, this.lang)) } : null;
    if (read.date !== this.filters?.date) this.change({ filters: { date: read.date } });
  }

  private step(delta: number): void {
    const date = this.filters ? stepYear(this.filters.date, delta, TIMELINE.start, TIMELINE.end) : null;
    this.dateText = null;
    this.dateMessage = null;
    if (date) this.change({ filters: { date } });
  }

  /**
   * The options of a filter's select. A long list (`LONG_LIST` choices or
   * more) lists the choices matching its search field (`find`), the selected
   * one always, and ends with how many more match.
   */
  private choiceOptions(choices: readonly Choice[], selected: string | null, find: string): unknown {
    if (choices.length < LONG_LIST) {
      return choices.map((o) => html`<option value=${o.id} ?selected=${selected === o.id}>${o.name}</option>`);
    }
    const { shown, more } = narrowChoices(choices, find, selected === null ? [] : [selected]);
    return html`${shown.map((o) => html`<option value=${o.id} ?selected=${selected === o.id}>${o.name}</option>`)}
    ${more > 0 ? html`<option disabled data-testid="more-choices">${panelsText(this.lang).filters.moreChoices(more)}</option>` : nothing}`;
  }

  /** The search field above a long list (none for a short one). */
  private findField(choices: readonly Choice[], list: string, label: string, value: string, set: (v: string) => void): unknown {
    if (choices.length < LONG_LIST) return nothing;
    return html`<input
      type="search"
      class="find"
      data-testid=${`${list}-find`}
      aria-controls=${list}
      aria-label=${label}
      placeholder=${label}
      .value=${value}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />`;
  }

  /** Reads the radius field: a number in ]0, MAX_WITHIN_KM] with at most two decimals (what the URL holds), else null. */
  private static readKm(text: string): number | null {
    const km = Number(text.replace(',', '.'));
    return /^\d{1,3}(?:[.,]\d{1,2})?$/.test(text.trim()) && km > 0 && km <= MAX_WITHIN_KM ? km : null;
  }

  private setWithinKm(text: string): void {
    const km = CoopFilters.readKm(text);
    if (km === null) {
      this.withinDraft = { ...this.withinDraft, error: true };
      return;
    }
    this.withinDraft = { km, error: false };
    const within = this.filters?.within;
    if (within && within.km !== km) this.change({ filters: { within: { ...within, km } } });
  }

  private togglePlay(): void {
    if (this.playing) {
      this.stop(true);
      return;
    }
    this.playing = true;
    let i = monthIndex(this.filters?.date ?? '2017-12-31');
    if (i >= MONTHS - 1) i = -3;
    this.timer = window.setInterval(() => {
      i = Math.min(MONTHS - 1, i + 3);
      this.change({ filters: { date: dateAtIndex(i) } }, 'replace');
      if (i >= MONTHS - 1) this.stop(true);
    }, 450);
  }

  private stop(settle: boolean): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    if (this.playing && settle) this.change({}, 'push');
    this.playing = false;
  }

  override render() {
    const t = msg(this.lang);
    const pt = panelsText(this.lang);
    const f = this.filters;
    if (!f) return nothing;
    const period = this.periods[f.scheme];
    const options = filterOptions(
      f,
      { linkKinds: t.linkKinds, kinds: t.kinds, schemeNames: t.filters.schemeNames, schemeLong: t.filters.schemeLong },
      this.linkCounts,
      this.periods,
    );
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="segmented">
          <legend>${pt.filters.scheme}</legend>
          ${options.schemes.map(
            (s) =>
              html`<label class="seg ${s.checked ? 'on' : ''}">
                <input
                  type="radio"
                  name="scheme"
                  value=${s.id}
                  data-testid=${`scheme-${s.id}`}
                  .checked=${s.checked}
                  @change=${() => this.change({ filters: { scheme: s.id } })}
                />
                <span class="seg-name">${s.name}</span>
                <span class="seg-sub">${s.period}</span>
                <span class="sr-only">${s.long}</span>
              </label>`,
          )}
        </fieldset>

        <fieldset>
          <legend>${pt.filters.links} <span class="count-badge">${pt.filters.linksCount(options.linksTotal)}</span></legend>
          <ul class="checks">
            ${options.links.map(
              ({ kind, label, style, checked, count }) =>
                html`<li>
                  <label>
                    <input
                      type="checkbox"
                      data-testid=${`link-${kind}`}
                      .checked=${checked}
                      @change=${(e: Event) => this.toggleLink(kind, (e.target as HTMLInputElement).checked)}
                    />
                    <svg class="swatch" viewBox="0 0 28 10" aria-hidden="true">
                      <line
                        x1="1"
                        y1="5"
                        x2="27"
                        y2="5"
                        stroke=${style.color}
                        stroke-width="2.5"
                        stroke-dasharray=${style.svgDash || 'none'}
                      />
                    </svg>
                    <span class="name">${label}</span>
                    <span class="n" data-link-count=${kind}>${count ?? '–'}</span>
                  </label>
                </li>`,
            )}
          </ul>
        </fieldset>

        <fieldset class="timeline">
          <legend>${pt.filters.date} <strong class="date" data-testid="date-label">${formatDate(f.date, this.lang)}</strong></legend>
          <div class="slider-row">
            <button type="button" class="btn play" title=${pt.filters.playLabel} @click=${() => this.togglePlay()}>
              <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span>
              <span class="sr-only">${this.playing ? pt.filters.pause : pt.filters.play}</span>
            </button>
            <input
              type="range"
              min="0"
              max=${MONTHS - 1}
              step="1"
              data-testid="date"
              aria-label=${pt.filters.date}
              aria-valuetext=${formatDate(f.date, this.lang)}
              .value=${String(monthIndex(f.date))}
              @input=${(e: Event) => this.change({ filters: { date: dateAtIndex(Number((e.target as HTMLInputElement).value)) } }, 'replace')}
              @change=${() => this.change({}, 'push')}
            />
            <div class="ticks" aria-hidden="true">
              ${sliderTicks().map(({ year, at }) => html`<span style=${`--at:${at}`}>${year}</span>`)}
            </div>
          </div>
          <div class="date-row">
            <button
              type="button"
              class="btn step"
              data-testid="year-previous"
              aria-label=${pt.filters.previousYear}
              title=${pt.filters.previousYear}
              ?disabled=${stepYear(f.date, -1, TIMELINE.start, TIMELINE.end) === null}
              @click=${() => this.step(-1)}
            >
              <span aria-hidden="true">‹</span>
            </button>
            <label class="date-field">
              <span class="sr-only">${pt.filters.dateInput}</span>
              <input
                type="text"
                inputmode="numeric"
                autocomplete="off"
                data-testid="date-input"
                placeholder=${pt.filters.dateInputPlaceholder}
                aria-invalid=${this.dateMessage?.kind === 'error' ? 'true' : 'false'}
                aria-describedby="date-input-help"
                .value=${this.dateText ?? f.date}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') this.commitDate((e.target as HTMLInputElement).value);
                }}
                @change=${(e: Event) => {
                  // Enter already committed (and the re-render wrote the date back): only a new text counts.
                  const text = (e.target as HTMLInputElement).value;
                  if (text !== (this.dateText ?? f.date)) this.commitDate(text);
                }}
              />
            </label>
            <button
              type="button"
              class="btn step"
              data-testid="year-next"
              aria-label=${pt.filters.nextYear}
              title=${pt.filters.nextYear}
              ?disabled=${stepYear(f.date, 1, TIMELINE.start, TIMELINE.end) === null}
              @click=${() => this.step(1)}
            >
              <span aria-hidden="true">›</span>
            </button>
          </div>
          <p
            id="date-input-help"
            class="note ${this.dateMessage?.kind === 'error' ? 'warn' : ''}"
            data-testid="date-input-message"
            role=${this.dateMessage ? 'alert' : nothing}
          >
            ${this.dateMessage?.text ?? pt.filters.dateInputHint}
          </p>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="hide-attested"
              aria-describedby="hide-attested-hint"
              .checked=${f.hideAttested === true}
              @change=${(e: Event) => this.change({ filters: { hideAttested: (e.target as HTMLInputElement).checked } })}
            />
            <span>${pt.filters.hideAttested}</span>
          </label>
          <!-- Off, it says what the switch would hide; on, that it is hidden. -->
          <p class="note" id="hide-attested-hint" data-testid="undated-note">
            ${f.hideAttested === true ? pt.filters.attestedHidden : pt.filters.undated(this.undatedCount)}
          </p>
          ${
            period
              ? html`<p class="note ${period.dateRelation === 'before' ? 'warn' : ''}" data-testid="period-note">
                  ${pt.filters.period(t.filters.schemeNames[f.scheme], period.start, period.end, period.dateRelation)}
                </p>`
              : nothing
          }
        </fieldset>

        <fieldset>
          <legend>${pt.filters.kinds}</legend>
          <label class="all">
            <input
              type="checkbox"
              .checked=${options.allKinds}
              .indeterminate=${options.someKinds}
              @change=${(e: Event) => this.change({ filters: { kinds: (e.target as HTMLInputElement).checked ? [...ESTABLISHMENT_KINDS] : [] } })}
            />
            ${pt.filters.allKinds}
          </label>
          <ul class="checks two">
            ${options.kinds.map(
              ({ kind, label, checked }) =>
                html`<li>
                  <label>
                    <input
                      type="checkbox"
                      data-testid=${`kind-${kind}`}
                      .checked=${checked}
                      @change=${(e: Event) => this.toggleKind(kind, (e.target as HTMLInputElement).checked)}
                    />
                    <span class="name">${label}</span>
                  </label>
                </li>`,
            )}
          </ul>
        </fieldset>

        <fieldset>
          <legend><label for="member">${pt.filters.member}</label></legend>
          ${this.findField(this.memberOptions, 'member', pt.filters.findMember, this.memberFind, (v) => (this.memberFind = v))}
          <select
            id="member"
            data-testid="member"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.change({ filters: { member: v === '' ? null : v } });
            }}
          >
            <option value="" ?selected=${f.member === null}>${pt.filters.memberAll}</option>
            ${this.choiceOptions(this.memberOptions, f.member, this.memberFind)}
          </select>
          <p class="note">${pt.filters.memberHint}</p>
        </fieldset>

        <fieldset class="within" data-testid="within">
          <legend>${pt.filters.within}</legend>
          <div class="within-row">
            <label class="switch">
              <input
                type="checkbox"
                data-testid="within-on"
                .checked=${Boolean(f.within)}
                @change=${(e: Event) =>
                  this.change({
                    filters: {
                      within: (e.target as HTMLInputElement).checked
                        ? { km: this.withinDraft.km, from: this.withinOrigins[0]?.id ?? HUB_ID }
                        : null,
                    },
                  })}
              />
              <span>${pt.filters.withinOn}</span>
            </label>
            <input
              type="text"
              inputmode="decimal"
              class="km"
              data-testid="within-km"
              aria-label=${pt.filters.withinKmLabel}
              aria-invalid=${this.withinDraft.error ? 'true' : 'false'}
              .value=${String(f.within?.km ?? this.withinDraft.km)}
              @change=${(e: Event) => this.setWithinKm((e.target as HTMLInputElement).value)}
            />
            <span>${pt.filters.withinKm}</span>
            <label>
              <span>${pt.filters.withinFrom}</span>
              <select
                id="within-from"
                data-testid="within-from"
                aria-label=${pt.filters.withinFromLabel}
                ?disabled=${!f.within}
                @change=${(e: Event) => {
                  const from = (e.target as HTMLSelectElement).value;
                  if (f.within) this.change({ filters: { within: { ...f.within, from } } });
                }}
              >
                ${this.choiceOptions(this.withinOrigins, f.within?.from ?? this.withinOrigins[0]?.id ?? null, this.originFind)}
              </select>
            </label>
          </div>
          ${this.findField(this.withinOrigins, 'within-from', pt.filters.findOrigin, this.originFind, (v) => (this.originFind = v))}
          ${this.withinDraft.error ? html`<p class="note warn" role="alert" data-testid="within-error">${pt.filters.withinBad(MAX_WITHIN_KM)}</p>` : nothing}
          <p class="note">${pt.filters.withinHint}</p>
        </fieldset>

        <fieldset class="segmented">
          <legend>${pt.filters.grid}</legend>
          ${(['bassins', 'zones'] as const).map(
            (g) =>
              html`<label class="seg ${this.grid === g ? 'on' : ''}">
                <input
                  type="radio"
                  name="grid"
                  value=${g}
                  data-testid=${`grid-${g}`}
                  .checked=${this.grid === g}
                  @change=${() => this.change({ view: { grid: g } })}
                />
                <span class="seg-name">${pt.filters.gridNames[g]}</span>
              </label>`,
          )}
        </fieldset>

        <fieldset class="segmented">
          <legend>${pt.rates.measure}</legend>
          ${(['count', 'rate'] as const).map(
            (m) =>
              html`<label class="seg ${this.measure === m ? 'on' : ''}">
                <input
                  type="radio"
                  name="measure"
                  value=${m}
                  data-testid=${`measure-${m}`}
                  .checked=${this.measure === m}
                  @change=${() => this.change({ view: { measure: m } })}
                />
                <span class="seg-name">${m === 'rate' ? pt.rates.rate : pt.rates.count}</span>
              </label>`,
          )}
        </fieldset>
        ${
          this.measure === 'rate'
            ? html`<fieldset>
                <legend>${pt.rates.classes}</legend>
                <select
                  data-testid="class-method"
                  aria-label=${pt.rates.classes}
                  @change=${(e: Event) => this.change({ view: { classes: (e.target as HTMLSelectElement).value as ClassMethod } })}
                >
                  ${CLASS_METHODS.map((c) => html`<option value=${c} ?selected=${this.classMethod === c}>${pt.rates.classMethods[c]}</option>`)}
                </select>
              </fieldset>`
            : nothing
        }
      </form>
    `;
  }
}

customElements.define('coop-filters', CoopFilters);

declare global {
  interface HTMLElementTagNameMap {
    'coop-filters': CoopFilters;
  }
  interface HTMLElementEventMap {
    'coop-change': CustomEvent<ChangeDetail>;
  }
}
