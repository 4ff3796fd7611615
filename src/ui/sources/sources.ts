/** `<coop-sources>`: the source documents, the method, and the geometry and software credits. */
import { LitElement, css, html } from 'lit';
import type { SeedInfo } from '../../model/types.ts';
import type { Lang } from '../../query/types.ts';
import { dialogsText } from '../../i18n/dialogs.ts';
import { sharedStyles } from '../shared-styles.ts';
import { sourceTitle } from '../source-ref.ts';

export class CoopSources extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        padding-left: 1.1rem;
      }
      li {
        margin-bottom: 0.35rem;
      }
      code {
        font-size: max(0.78rem, var(--min-text, 0px));
      }
    `,
  ];
  static override properties = { lang: {}, seeds: { attribute: false }, described: { attribute: false } };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** Seed files cited by the data (listed even if not described here). */
  declare seeds: readonly string[];
  /** The seeds' titles and dates (`data/sources.json`). */
  declare described: readonly SeedInfo[];

  constructor() {
    super();
    this.lang = 'fr';
    this.seeds = [];
    this.described = [];
  }

  override render() {
    const t = dialogsText(this.lang).sourcesPanel;
    const seeds = [...new Set([...this.described.map((d) => d.seed), ...this.seeds])].toSorted();
    return html`<p>${t.method}</p>
      <h3>${t.seeds}</h3>
      <ul data-testid="seeds">
        ${seeds.map((s) => html`<li>${sourceTitle(s, this.described, this.lang)} <code>${s}</code></li>`)}
      </ul>
      <h3>${t.credits}</h3>
      <ul>
        <li>${t.geo}</li>
        <li>${t.ne}</li>
        <li>${t.software}</li>
      </ul>`;
  }
}

customElements.define('coop-sources', CoopSources);

declare global {
  interface HTMLElementTagNameMap {
    'coop-sources': CoopSources;
  }
}
