/**
 * `<coop-notices>`: dismissible notices — URL values the app ignored, data
 * files with issues. Rendered as text only. Emits `coop-dismiss` with the id
 * of the notice (or `null` for all).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../query/types.ts';
import { msg } from '../../i18n/index.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

/** One notice: plain text, and whether it comes from the URL or the data. */
export interface Notice {
  id: string;
  kind: 'url' | 'data';
  text: string;
}

export class CoopNotices extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        background: #fff4d6;
        border-bottom: 1px solid #b58a00;
        padding: 0.35rem 0.75rem;
        max-height: 30vh;
        overflow: auto;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.15rem 0;
      }
      li.data {
        color: #6b1d00;
      }
      .text {
        flex: 1;
        overflow-wrap: anywhere;
      }
      .btn {
        min-height: 1.9rem;
        padding: 0.1rem 0.55rem;
        font-size: max(0.8rem, var(--min-text, 0px));
        background: #fffdf5;
      }
      .all {
        margin-top: 0.2rem;
      }
    `,
  ];
  static override properties = { lang: {}, notices: { attribute: false } };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The notices to show (already translated). */
  declare notices: readonly Notice[];

  constructor() {
    super();
    this.lang = 'fr';
    this.notices = [];
  }

  override render() {
    const t = msg(this.lang).notices;
    if (this.notices.length === 0) return nothing;
    return html`<section role="region" aria-label=${t.label} data-testid="notices">
      <ul>
        ${this.notices.map(
          (n) =>
            html`<li class=${n.kind} data-notice=${n.kind}>
              <span aria-hidden="true">⚠</span>
              <span class="text">${n.text}</span>
              <button class="btn" @click=${() => emit(this, 'coop-dismiss', { id: n.id })}>${t.dismiss}</button>
            </li>`,
        )}
      </ul>
      ${
        this.notices.length > 1
          ? html`<button class="btn all" @click=${() => emit(this, 'coop-dismiss', { id: null })}>${t.dismissAll}</button>`
          : nothing
      }
    </section>`;
  }
}

customElements.define('coop-notices', CoopNotices);

declare global {
  interface HTMLElementTagNameMap {
    'coop-notices': CoopNotices;
  }
}
