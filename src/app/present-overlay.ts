/**
 * What scene and embed modes draw over the map (styles in
 * `present-overlay.styles.ts`, added to the element's when this loads): a top bar with the legend toggle, the export menu and
 * the "open full map" link; the legend, shown by default when the map has
 * room for it; the caption; a notice. Loaded with either mode (see
 * `mode-controller.ts`); the parts come from the modes' controllers.
 */
import { adoptStyles, html, nothing, type LitElement, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { presentText } from '../i18n/index.ts';
import type { Lang } from '../query/types.ts';
import type { Control } from './presentation.ts';
import { overlayStyles } from './present-overlay.styles.ts';

type Part = TemplateResult | typeof nothing;

/** The parts of the overlay. */
export interface OverlayParts {
  lang: Lang;
  controls: Set<Control>;
  /** Whether the map has room for the legend to show by default. */
  roomy: boolean;
  legend: TemplateResult;
  exportMenu: Part;
  /** The embed's "open full map" link. */
  link: Part;
  /** The scene's caption bar, or the embed's caption. */
  caption: Part;
  notice: Part;
}

export class PresentOverlay {
  /** The reader's choice for the legend; null until they toggle it. */
  private legendOpen: boolean | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    // The element's own styles, then the overlay's, last as when they shipped with it.
    const own = (host.constructor as Partial<typeof LitElement>).elementStyles;
    if (host.shadowRoot && own) adoptStyles(host.shadowRoot, [...own, overlayStyles]);
  }

  render(parts: OverlayParts): TemplateResult {
    const t = presentText(parts.lang);
    const controls = parts.controls;
    // The legend shows by default when the map has room for it, and can be toggled.
    const legendOpen = controls.has('legend') && (this.legendOpen ?? parts.roomy);
    return html`<div class="present" data-testid="present">
      <div class="present-top">
        ${
          controls.has('legend')
            ? html`<button
                class="pbtn"
                data-testid="legend-toggle"
                aria-expanded=${legendOpen ? 'true' : 'false'}
                aria-label=${legendOpen ? t.embed.hideLegend : t.embed.showLegend}
                @click=${() => ((this.legendOpen = !legendOpen), this.host.requestUpdate())}
              >
                ${t.embed.legend}
              </button>`
            : nothing
        }
        ${parts.exportMenu} ${parts.link}
      </div>
      ${legendOpen ? html`<section class="present-legend" data-testid="present-legend" aria-label=${t.embed.legend} tabindex="0">${parts.legend}</section>` : nothing}
      ${parts.caption} ${parts.notice}
    </div>`;
  }
}
