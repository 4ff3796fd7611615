import { css } from 'lit';

export const detailsStyles = css`
  :host {
    display: block;
    /* Long unbroken names or notes wrap instead of running out of the panel. */
    overflow-wrap: anywhere;
  }
  header {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: flex-start;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0;
  }
  h3 {
    margin-top: 0.8rem;
  }
  .sub {
    margin: 0.1rem 0 0.4rem;
    color: #47443e;
  }
  .close {
    min-width: max(2.2rem, var(--tap, 0px));
    justify-content: center;
    padding: 0.2rem;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15rem 0.7rem;
    margin: 0.3rem 0;
  }
  dt {
    color: #47443e;
    font-size: max(0.8rem, var(--min-text, 0px));
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul.coops li,
  ul.posts li {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    padding: 0.4rem 0;
    border-bottom: 1px solid #e4e0d6;
  }
  ol.estabs {
    margin: 0.2rem 0;
    padding-left: 1.4rem;
  }
  ul.estabs {
    columns: 2;
  }
  ul.estabs li {
    padding: 0.1rem 0;
    break-inside: avoid;
  }
  .kind {
    font-size: max(0.72rem, var(--min-text, 0px));
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    border-left: 4px solid var(--kind);
    padding-left: 0.35rem;
  }
  .date {
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #47443e;
  }
  .date.undated {
    font-style: italic;
  }
  .topics {
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #33302b;
  }
  .v {
    font-weight: 700;
  }
  .note {
    color: #47443e;
  }
  .kind-note {
    display: block;
    margin-top: 0.15rem;
  }
  details.src {
    font-size: max(0.75rem, var(--min-text, 0px));
    color: #47443e;
  }
  details.src summary {
    cursor: pointer;
    padding: 0.15rem 0;
  }
  details.src li {
    padding: 0.15rem 0;
  }
  .empty {
    margin: 0;
  }
`;
