/**
 * `<coop-export-menu>`: a small menu to export the view — PNG at 1×, 2× or
 * 4× in a 16:9 frame or at the map's current size, vector SVG, and the counts
 * table as CSV. It only asks: the app does the export and reports back
 * through `status`.
 */
import { LitElement, css, html } from 'lit';
import type { Lang } from '../../query/types.ts';
import { msg, presentText } from '../../i18n/index.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

/** The frame of an image export: 16:9 (1280 × 720 at 1×) or the map's current size. */
export type ExportFrameChoice = '16:9' | 'current';

/** Detail of `coop-export`. */
export interface ExportRequest {
  format: 'png' | 'svg' | 'csv';
  /** Pixel ratio of a PNG: 1, 2 or 4. */
  scale: number;
  frame: ExportFrameChoice;
}

/** Size of a 16:9 export at 1×, CSS pixels. */
export const FRAME_16_9 = { width: 1280, height: 720 } as const;

export class CoopExportMenu extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      .toggle {
        font: inherit;
        min-height: max(2.6em, var(--tap, 0px));
        padding: 0 0.85em;
        border: 1px solid #6f6a60;
        border-radius: 6px;
        background: #fff;
        color: #1c1c1c;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
        white-space: nowrap;
      }
      .toggle:hover {
        background: #f1eee7;
      }
      /* In the app's dark header: outlined like the header's buttons. */
      :host([tone='dark']) .toggle {
        background: transparent;
        color: #ffffff;
        border-color: #c9d6e3;
        box-shadow: none;
        min-height: max(2.2rem, var(--tap, 0px));
        padding: 0 0.65rem;
      }
      :host([tone='dark']) .toggle:hover {
        background: rgba(255, 255, 255, 0.14);
      }
      :host([tone='dark']) .toggle:focus-visible {
        outline-color: #ffd24d;
      }
      .menu {
        position: absolute;
        right: 0;
        top: calc(100% + 0.3rem);
        z-index: 20;
        width: max-content;
        max-width: min(20rem, 90vw);
        background: #fff;
        color: #1c1c1c;
        border: 1px solid #6f6a60;
        border-radius: 8px;
        box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
        padding: 0.6rem 0.7rem;
        display: grid;
        gap: 0.5rem;
        text-align: left;
      }
      .menu[hidden] {
        display: none;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        align-items: center;
      }
      legend {
        font-weight: 700;
        padding: 0;
        margin-bottom: 0.2rem;
        width: 100%;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
        min-height: 1.8rem;
      }
      .row {
        display: flex;
        gap: 0.35rem;
        flex-wrap: wrap;
      }
      .status {
        margin: 0;
        font-size: max(0.8rem, var(--min-text, 0px));
        color: #4d4d4d;
        min-height: 1em;
      }
    `,
  ];
  static override properties = {
    lang: {},
    status: {},
    currentSize: { attribute: false },
    open: { type: Boolean, reflect: true },
    png: { attribute: false },
    frame: { state: true },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** What the last export did (shown in a live region). */
  declare status: string;
  /** The map's current size in CSS pixels, to label the PNG sizes. */
  declare currentSize: { width: number; height: number };
  /** Whether the menu is open. */
  declare open: boolean;
  /** Whether a PNG can be made here (it needs WebGL and the map's worker); else only SVG and CSV are offered. */
  declare png: boolean;
  declare private frame: ExportFrameChoice;

  constructor() {
    super();
    this.lang = 'fr';
    this.status = '';
    this.currentSize = { width: 0, height: 0 };
    this.open = false;
    this.png = true;
    this.frame = '16:9';
  }

  private readonly onOutside = (e: Event): void => {
    if (this.open && !e.composedPath().includes(this)) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside);
  }

  private ask(format: ExportRequest['format'], scale = 1): void {
    emit(this, 'coop-export', { format, scale, frame: this.frame });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open) {
      // Closing the menu must not also leave scene mode.
      e.stopPropagation();
      e.preventDefault();
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
    }
  }

  override render() {
    const t = presentText(this.lang).export;
    const size = this.frame === '16:9' ? FRAME_16_9 : this.currentSize;
    return html`<div @keydown=${this.onKey}>
      <button
        class="toggle"
        data-testid="export-toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${() => (this.open = !this.open)}
      >
        ${t.button} <span aria-hidden="true">▾</span>
      </button>
      <div id="menu" class="menu" role="group" aria-label=${t.label} ?hidden=${!this.open}>
        ${
          this.png
            ? html`<fieldset>
                  <legend>${t.image} — ${t.frame}</legend>
                  ${(['16:9', 'current'] as const).map(
                    (f) =>
                      html`<label
                        ><input
                          type="radio"
                          name="frame"
                          value=${f}
                          .checked=${this.frame === f}
                          @change=${() => (this.frame = f)}
                        />${f === '16:9' ? t.frame169 : t.frameCurrent}</label
                      >`,
                  )}
                </fieldset>
                <div class="row">
                  ${[1, 2, 4].map(
                    (n) =>
                      html`<button
                        class="btn"
                        data-export="png"
                        data-scale=${n}
                        aria-label=${t.scaleLabel(n, Math.round(size.width * n), Math.round(size.height * n))}
                        @click=${() => this.ask('png', n)}
                      >
                        ${t.scale(n)}
                      </button>`,
                  )}
                </div>`
            : html`<p class="status" data-testid="png-unavailable">${msg(this.lang).failures.pngNeedsWebgl}</p>`
        }
        <div class="row">
          <button class="btn" data-export="svg" aria-label=${t.svgLabel} @click=${() => this.ask('svg')}>${t.svg}</button>
          <button class="btn" data-export="csv" aria-label=${t.csvLabel} @click=${() => this.ask('csv')}>${t.csv}</button>
        </div>
        <p class="status" role="status">${this.status}</p>
      </div>
    </div>`;
  }
}

customElements.define('coop-export-menu', CoopExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'coop-export-menu': CoopExportMenu;
  }
  interface HTMLElementEventMap {
    'coop-export': CustomEvent<ExportRequest>;
  }
}
