/** `<coop-about>`: the CHRU's key figures (from figures.json), each with its source. */
import { LitElement, css, html, nothing } from 'lit';
import type { Figure } from '../../model/types.ts';
import type { Lang } from '../../query/types.ts';
import { formatNumber, inLang, msg } from '../../i18n/index.ts';
import { sharedStyles } from '../shared-styles.ts';

export class CoopAbout extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-wrap: anywhere;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0.6rem;
      }
      li {
        border: 1px solid #dedad1;
        border-radius: 6px;
        padding: 0.5rem 0.6rem;
        background: #fbfaf7;
      }
      .value {
        display: block;
        font-size: 1.35rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .when {
        color: #47443e;
        font-size: 0.75rem;
      }
      details {
        font-size: 0.72rem;
        color: #47443e;
        margin-top: 0.25rem;
      }
    `,
  ];
  static override properties = { lang: {}, figures: { attribute: false } };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The key figures to show. */
  declare figures: readonly Figure[];

  constructor() {
    super();
    this.lang = 'fr';
    this.figures = [];
  }

  override render() {
    const t = msg(this.lang);
    return html`<p class="muted">${t.aboutPanel.intro}</p>
      <ul data-testid="key-figures">
        ${this.figures.map(
          (f) => html`<li>
            <span class="value">${formatNumber(f.value, this.lang)}${f.unit ? html` <small>${f.unit}</small>` : nothing}</span>
            <span>${inLang(this.lang, { fr: f.label, en: f.labelEn })}</span>
            ${f.when ? html` <span class="when">(${f.when})</span>` : nothing}
            ${f.sources.length > 0
              ? html`<details>
                  <summary>${t.details.sources}</summary>
                  ${f.sources.map((s) => html`<div><code>${s.seed}</code> <q>${s.quote}</q></div>`)}
                </details>`
              : nothing}
          </li>`,
        )}
      </ul>`;
  }
}

customElements.define('coop-about', CoopAbout);

declare global {
  interface HTMLElementTagNameMap {
    'coop-about': CoopAbout;
  }
}
