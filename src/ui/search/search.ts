/**
 * `<coop-search>`: a search box with type-ahead following the ARIA combobox
 * pattern (list autocomplete): arrows move through the options, Enter picks,
 * Escape closes then clears. It calls the `search` function it is given and
 * emits `coop-select` with the chosen id.
 */
import { LitElement, html, nothing } from 'lit';
import type { Lang } from '../../query/types.ts';
import { msg } from '../../i18n/index.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';
import { searchStyles } from './search.styles.ts';

/** One option of the list. */
export interface SearchOption {
  id: string;
  label: string;
  /** Second line: what it is (commune, kind, zone, bassin, matched topic). */
  detail: string;
}

let instances = 0;

export class CoopSearch extends LitElement {
  static override styles = [sharedStyles, searchStyles];
  static override properties = {
    lang: {},
    search: { attribute: false },
    query: { state: true },
    options: { state: true },
    active: { state: true },
    open: { state: true },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** Returns the options matching a query (already ranked and limited). */
  declare search: (query: string) => SearchOption[];
  declare private query: string;
  declare private options: SearchOption[];
  declare private active: number;
  declare private open: boolean;
  private readonly uid = `coop-search-${(instances += 1)}`;

  constructor() {
    super();
    this.lang = 'fr';
    this.search = () => [];
    this.query = '';
    this.options = [];
    this.active = -1;
    this.open = false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new search function (e.g. once the commune list has loaded) re-runs the current query.
    if (changed.has('search') && this.query.trim() !== '') {
      this.options = this.search(this.query);
      if (this.active >= this.options.length) this.active = -1;
    }
  }

  /** Moves keyboard focus to the input. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.options = this.query.trim() === '' ? [] : this.search(this.query);
    this.active = -1;
    this.open = this.query.trim() !== '';
  }

  private choose(option: SearchOption | undefined): void {
    if (!option) return;
    emit(this, 'coop-select', { id: option.id });
    this.query = option.label;
    this.open = false;
    this.active = -1;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) this.open = this.query.trim() !== '';
        if (n > 0) this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n > 0) this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.open && n > 0) {
          e.preventDefault();
          this.choose(this.options[Math.max(0, this.active)]);
        }
        break;
      case 'Escape':
        if (this.open) this.open = false;
        else this.query = '';
        this.active = -1;
        break;
      case 'Home':
      case 'End':
        this.active = -1;
        break;
    }
  }

  override render() {
    const t = msg(this.lang);
    const expanded = this.open;
    const activeId = this.active >= 0 ? `${this.uid}-opt-${this.active}` : '';
    return html`
      <div class="box">
        <label class="sr-only" for=${`${this.uid}-input`}>${t.search.label}</label>
        <svg class="icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
          <line x1="12.6" y1="12.6" x2="17" y2="17" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <input
          id=${`${this.uid}-input`}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          data-testid="search"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${`${this.uid}-list`}
          aria-activedescendant=${activeId || nothing}
          placeholder=${t.search.placeholder}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${() => (this.open = false)}
          @focus=${() => (this.open = this.query.trim() !== '' && this.options.length > 0)}
        />
        <ul id=${`${this.uid}-list`} role="listbox" aria-label=${t.search.label} ?hidden=${!expanded}>
          ${this.options.map(
            (o, i) =>
              html`<li
                id=${`${this.uid}-opt-${i}`}
                role="option"
                data-id=${o.id}
                aria-selected=${i === this.active ? 'true' : 'false'}
                class=${i === this.active ? 'active' : ''}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(o)}
              >
                <span class="label">${o.label}</span><span class="detail">${o.detail}</span>
              </li>`,
          )}
          ${expanded && this.options.length === 0 ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">${t.search.none}</li>` : nothing}
        </ul>
        <span class="sr-only" aria-live="polite">${expanded ? t.search.results(this.options.length) : ''}</span>
      </div>
    `;
  }
}

customElements.define('coop-search', CoopSearch);

declare global {
  interface HTMLElementTagNameMap {
    'coop-search': CoopSearch;
  }
}
