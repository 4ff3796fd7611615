import { css } from 'lit';

export const legendStyles = css`
  :host {
    display: block;
  }
  /* A block stays whole when a presenting page sets the legend in columns. */
  .block {
    break-inside: avoid;
  }
  .block + .block {
    margin-top: 0.7rem;
  }
  h3 {
    text-transform: none;
    letter-spacing: 0;
    font-size: max(0.8rem, var(--min-text, 0px));
    color: #1c1c1c;
    margin-bottom: 0.3rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .classes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.5rem;
  }
  .classes li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    font-size: max(0.75rem, var(--min-text, 0px));
    font-variant-numeric: tabular-nums;
  }
  .chip {
    width: 1.4rem;
    height: 0.9rem;
    border: 1px solid #8a857a;
    display: inline-block;
  }
  .rows {
    display: grid;
    gap: 0.15rem;
    font-size: max(0.78rem, var(--min-text, 0px));
  }
  .rows.two {
    grid-template-columns: 1fr 1fr;
    column-gap: 0.5rem;
  }
  .rows li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .rows svg {
    flex: none;
  }
  .inline {
    display: flex;
    gap: 0.7rem;
    font-size: max(0.75rem, var(--min-text, 0px));
  }
  .inline li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  p.small {
    margin: 0.3rem 0 0.15rem;
    font-size: max(0.75rem, var(--min-text, 0px));
  }
  svg.marks {
    display: block;
    overflow: visible;
  }
  svg.marks text {
    font-size: max(11px, var(--min-text, 0px));
  }
`;
