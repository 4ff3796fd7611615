/**
 * `<coop-import-badge>`: the banner shown while imported data is on the map
 * (which files, and a one-click return to the published data), or a notice
 * about local data that could not be shown. `<coop-import-mark>`: the
 * "importé" tag of a record, with its file and line. Text only.
 *
 * Events: `coop-import-reset` (return to the published data), `coop-dismiss` (hide the notice).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../query/types.ts';
import { msg } from '../../i18n/index.ts';
import { importerText } from '../../i18n/importer-text.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

export class CoopImportBadge extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .badge,
      .notice {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5rem;
        padding: 0.35rem 0.75rem;
      }
      .badge {
        background: #e8f0ff;
        border-bottom: 2px solid #1f4fa8;
        color: #102a5c;
      }
      .notice {
        background: #fff4d6;
        border-bottom: 1px solid #b58a00;
      }
      .text {
        flex: 1;
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .notice .text {
        font-weight: 400;
      }
      .btn {
        min-height: 1.9rem;
        padding: 0.1rem 0.6rem;
        font-size: max(0.85rem, var(--min-text, 0px));
      }
    `,
  ];
  static override properties = { lang: {}, files: { attribute: false }, notice: {} };

  /** UI language. */
  declare lang: Lang;
  /** Names of the imported files shown now; empty: no imported data. */
  declare files: readonly string[];
  /** A notice to show instead (already translated), or empty. */
  declare notice: string;

  constructor() {
    super();
    this.lang = 'fr';
    this.files = [];
    this.notice = '';
  }

  override render() {
    const t = importerText(this.lang);
    if (this.files.length > 0) {
      return html`<div class="badge" role="status" data-testid="import-badge">
        <span class="text">${t.badge(this.files.join(', '))}</span>
        <button class="btn" data-testid="import-reset" @click=${() => emit(this, 'coop-import-reset', null)}>${t.reset}</button>
      </div>`;
    }
    if (this.notice) {
      return html`<div class="notice" role="status" data-testid="import-notice">
        <span class="text">${this.notice}</span>
        <button class="btn" @click=${() => emit(this, 'coop-dismiss', { id: 'import' })}>${msg(this.lang).close}</button>
      </div>`;
    }
    return nothing;
  }
}

export class CoopImportMark extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 0 0 0.4rem;
    }
    span {
      display: inline-block;
      background: #e8f0ff;
      border: 1px solid #1f4fa8;
      border-radius: 3px;
      padding: 0.05rem 0.4rem;
      font-size: max(0.85rem, var(--min-text, 0px));
      color: #102a5c;
      overflow-wrap: anywhere;
    }
  `;
  static override properties = { lang: {}, file: {}, line: { type: Number } };

  /** UI language. */
  declare lang: Lang;
  /** The file the record came from. */
  declare file: string;
  /** Its line in that file, when known. */
  declare line: number | undefined;

  constructor() {
    super();
    this.lang = 'fr';
    this.file = '';
    this.line = undefined;
  }

  override render() {
    return html`<span data-testid="imported-mark">${importerText(this.lang).importedFrom(this.file, this.line)}</span>`;
  }
}

customElements.define('coop-import-badge', CoopImportBadge);
customElements.define('coop-import-mark', CoopImportMark);

declare global {
  interface HTMLElementTagNameMap {
    'coop-import-badge': CoopImportBadge;
    'coop-import-mark': CoopImportMark;
  }
}

declare global {
  interface HTMLElementEventMap {
    'coop-import-reset': CustomEvent<null>;
  }
}
