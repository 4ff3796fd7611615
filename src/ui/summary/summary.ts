/** `<coop-summary>`: a text summary of the view for screen readers, announced politely when it changes. */
import { LitElement, css, html } from 'lit';

export class CoopSummary extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0, 0, 0, 0);
      white-space: nowrap;
    }
  `;
  static override properties = { text: {} };

  /** The summary (from `viewSummary`). */
  declare text: string;

  constructor() {
    super();
    this.text = '';
  }

  override render() {
    return html`<p aria-live="polite" aria-atomic="true" data-testid="summary">${this.text}</p>`;
  }
}

customElements.define('coop-summary', CoopSummary);

declare global {
  interface HTMLElementTagNameMap {
    'coop-summary': CoopSummary;
  }
}
