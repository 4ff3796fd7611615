import { css } from 'lit';

export const countsStyles = css`
  :host {
    display: block;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    padding-bottom: 0.4rem;
  }
  .cap-title {
    display: block;
    font-weight: 700;
    font-size: 1rem;
  }
  .cap-sub {
    display: block;
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #47443e;
  }
  th,
  td {
    padding: 0.2rem 0.35rem;
    border-bottom: 1px solid #dedad1;
    text-align: right;
    vertical-align: middle;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: left;
  }
  thead th {
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #3f3c36;
    border-bottom: 2px solid #8a857a;
    vertical-align: bottom;
  }
  thead th {
    white-space: nowrap;
  }
  .period {
    display: block;
    font-weight: 400;
    font-size: max(0.72rem, var(--min-text, 0px));
  }
  th.current,
  td.current {
    background: #f3ecdc;
  }
  thead th.current {
    box-shadow: inset 0 -3px 0 #7a5a25;
  }
  tr.selected th,
  tr.selected td {
    background: #e4ecf5;
  }
  tr.selected td.current {
    background: #dbe3d9;
  }
  button.bassin {
    border: 0;
    background: none;
    padding: 0.3rem 0.1rem;
    min-height: var(--tap, 0px);
    font-weight: 600;
    color: #0b4f9c;
    text-decoration: underline;
    text-underline-offset: 2px;
    text-align: left;
  }
  tr.selected button.bassin {
    color: #1c1c1c;
    text-decoration-thickness: 2px;
  }
  .num {
    border: 1px solid transparent;
    background: none;
    padding: 0.2rem 0.35rem;
    font-weight: 700;
    font-size: 1rem;
    border-radius: 4px;
    min-width: max(2.6rem, var(--tap, 0px));
    min-height: var(--tap, 0px);
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .num:hover {
    border-color: #8a857a;
    background: #fff;
  }
  .num.inferred::after {
    content: '*';
    color: #8a3b00;
    margin-left: 1px;
  }
  tr.notes td {
    text-align: left;
    border-bottom: 1px solid #dedad1;
    padding: 0 0.35rem 0.3rem;
    font-size: max(0.75rem, var(--min-text, 0px));
    color: #47443e;
  }
  .note-item {
    display: block;
  }
  .note-item.disagree {
    color: #7a2e00;
  }
  tr.extra th {
    font-weight: 400;
    font-size: max(0.8rem, var(--min-text, 0px));
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid #8a857a;
    border-bottom: 0;
    font-weight: 700;
  }
  .published {
    display: block;
    font-size: max(0.72rem, var(--min-text, 0px));
    font-weight: 400;
  }
  .legend p {
    margin: 0.3rem 0 0;
    color: #47443e;
  }
  dialog {
    border: 1px solid #6f6a60;
    border-radius: 8px;
    padding: 0;
    max-width: min(36rem, 92vw);
    box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3);
  }
  dialog::backdrop {
    background: rgba(20, 20, 20, 0.35);
  }
  .dialog-body {
    padding: 1rem 1.2rem;
  }
  .what .big {
    font-size: 1.3rem;
    font-weight: 700;
  }
  ul.sources,
  ul.sites {
    padding-left: 1.1rem;
  }
  blockquote {
    margin: 0.2rem 0 0.6rem;
    font-style: italic;
    color: #33302b;
  }
  code {
    font-size: max(0.8rem, var(--min-text, 0px));
  }
  ul.sites li {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  ul.sites .v {
    font-weight: 700;
  }
  ul.sites .status {
    flex-basis: 100%;
    color: #47443e;
  }
  .close {
    margin-top: 0.5rem;
  }
  /* Five columns in the side panel: tighter cells, smaller type. */
  table.with-rates th,
  table.with-rates td {
    padding: 0.2rem 0.15rem;
    font-size: max(0.8rem, var(--min-text, 0px));
  }
  table.with-rates thead th {
    font-size: max(0.7rem, var(--min-text, 0px));
    white-space: normal;
  }
  table.with-rates .num {
    min-width: 2rem;
    padding: 0.15rem 0.2rem;
    font-size: 0.9rem;
  }
`;
