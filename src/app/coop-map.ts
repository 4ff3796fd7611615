import { LitElement, html } from 'lit';

/** Skeleton of the app element; replaced by the real app. */
export class CoopMap extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('ready', '');
  }
  override render() {
    return html`<p>coopmap</p>`;
  }
}
customElements.define('coop-map', CoopMap);
