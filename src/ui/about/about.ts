/**
 * `<coop-about>`: "Le CHRU en chiffres", section by section (from
 * `aboutSections`): the CHRU's key figures, the post-internship schemes,
 * cooperation in numbers, research, health networks, and the networks and
 * cooperations with no mappable members. Every entry keeps its sources.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { SeedInfo } from '../../model/types.ts';
import type { AboutSection } from '../../query/about.ts';
import type { Lang } from '../../query/types.ts';
import { msg } from '../../i18n/index.ts';
import { dialogsText } from '../../i18n/dialogs.ts';
import { sourceRef } from '../source-ref.ts';
import { sharedStyles } from '../shared-styles.ts';

export class CoopAbout extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-wrap: anywhere;
      }
      h3 {
        margin: 1rem 0 0.4rem;
        font-size: 1rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
        gap: 0.6rem;
      }
      ul.wide {
        grid-template-columns: 1fr;
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
      .label {
        font-weight: 600;
      }
      .when {
        color: #47443e;
        font-size: max(0.75rem, var(--min-text, 0px));
      }
      .line,
      .details,
      .topics {
        display: block;
        font-size: max(0.8rem, var(--min-text, 0px));
        margin-top: 0.2rem;
      }
      .topics {
        color: #47443e;
      }
      details {
        font-size: max(0.72rem, var(--min-text, 0px));
        color: #47443e;
        margin-top: 0.25rem;
      }
    `,
  ];
  static override properties = { lang: {}, sections: { attribute: false }, seeds: { attribute: false } };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The sections to show (from `aboutSections`, in the same language). */
  declare sections: readonly AboutSection[];
  /** The seeds' titles and dates (`data/sources.json`), to name each source. */
  declare seeds: readonly SeedInfo[];

  constructor() {
    super();
    this.lang = 'fr';
    this.sections = [];
    this.seeds = [];
  }

  override render() {
    const t = dialogsText(this.lang);
    return html`<p class="muted">${t.aboutPanel.intro}</p>
      ${this.sections.map(
        (section) =>
          html`<section data-testid=${`about-${section.group}`}>
            <h3>${t.keyFacts.groups[section.group]}</h3>
            ${section.group === 'unmapped' ? html`<p class="muted small">${t.keyFacts.unmappedIntro}</p>` : nothing}
            <ul
              class=${section.items.some((i) => i.value === null) ? 'wide' : ''}
              data-testid=${section.group === 'chru' ? 'key-figures' : nothing}
            >
              ${section.items.map(
                (item) =>
                  html`<li data-id=${item.id}>
                    ${
                      item.value !== null
                        ? html`<span class="value">${item.value}${item.unit ? html` <small>${item.unit}</small>` : nothing}</span>`
                        : nothing
                    }
                    <span class=${item.value === null ? 'label' : ''}>${item.label}</span>
                    ${item.when ? html` <span class="when">(${item.when})</span>` : nothing}
                    ${item.lines.map((l) => html`<span class="line">${l}</span>`)}
                    ${item.details.length > 0 ? html`<span class="details">${item.details.join(' · ')}</span>` : nothing}
                    ${item.topics.length > 0 ? html`<span class="topics">${item.topics.join(' · ')}</span>` : nothing}
                    ${
                      item.sources.length > 0
                        ? html`<details>
                            <summary>${msg(this.lang).details.sources}</summary>
                            ${item.sources.map((s) => html`<div>${sourceRef(s, this.seeds, this.lang)}</div>`)}
                          </details>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>
          </section>`,
      )}`;
  }
}

customElements.define('coop-about', CoopAbout);

declare global {
  interface HTMLElementTagNameMap {
    'coop-about': CoopAbout;
  }
}
