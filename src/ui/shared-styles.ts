/** Styles shared by the components: type, focus ring, buttons, visually hidden text. */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    font-family:
      'Noto Sans',
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    color: #1c1c1c;
    font-size: 0.875rem;
    line-height: 1.4;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    border: 1px solid #6f6a60;
    background: #fff;
    border-radius: 6px;
    padding: 0.3em 0.7em;
    /* --tap: 44 px touch targets on a phone (set by the app). */
    min-height: max(2.2em, var(--tap, 0px));
  }
  .btn:hover {
    background: #f1eee7;
  }
  .link-btn {
    border: 0;
    background: none;
    padding: 0;
    min-height: var(--tap, 0px);
    min-width: var(--tap, 0px);
    text-align: left;
    color: #0b4f9c;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3 {
    margin: 0 0 0.4em;
    line-height: 1.25;
  }
  h2 {
    font-size: 1rem;
  }
  h3 {
    font-size: max(0.8125rem, var(--min-text, 0px));
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: #4d4a44;
  }
  .muted {
    color: #55524b;
  }
  .small {
    font-size: max(0.8125rem, var(--min-text, 0px));
  }
`;
