import { css } from 'lit';

export const filtersStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: 0.9rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: max(0.78rem, var(--min-text, 0px));
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: #47443e;
    margin-bottom: 0.35rem;
    padding: 0;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    flex-wrap: wrap;
  }
  .count-badge {
    text-transform: none;
    letter-spacing: 0;
    font-weight: 400;
    color: #55524b;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
  }
  .segmented legend {
    width: 100%;
  }
  .seg {
    flex: 1 1 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    border: 1px solid #8a857a;
    padding: 0.35rem 0.4rem;
    cursor: pointer;
    background: #fff;
    min-height: max(2.6rem, var(--tap, 0px));
    justify-content: center;
    text-align: center;
  }
  .seg + .seg {
    border-left: 0;
  }
  .seg:first-of-type {
    border-radius: 6px 0 0 6px;
  }
  .seg:last-of-type {
    border-radius: 0 6px 6px 0;
  }
  .seg.on {
    background: #1f3b57;
    color: #fff;
    border-color: #1f3b57;
  }
  .seg input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .seg:has(input:focus-visible) {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
    z-index: 1;
  }
  .seg-name {
    font-weight: 700;
  }
  .seg-sub {
    font-size: max(0.75rem, var(--min-text, 0px));
  }
  .checks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.1rem;
  }
  .checks label,
  label.all {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    padding: 0.2rem 0.1rem;
    min-height: max(1.9rem, var(--tap, 0px));
    cursor: pointer;
  }
  .checks .name {
    flex: 1;
  }
  .n {
    font-variant-numeric: tabular-nums;
    color: #3f3c36;
    min-width: 2ch;
    text-align: right;
    font-weight: 600;
  }
  input[type='checkbox'] {
    width: 1.05rem;
    height: 1.05rem;
    margin: 0;
    accent-color: #1f3b57;
  }
  .swatch {
    width: 28px;
    height: 10px;
    flex: none;
  }
  /* The play button, then the slider with its year labels right under its track. */
  .slider-row {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  /* The play button is its symbol (its name is read out): the slider keeps the panel's width for its years. */
  .play {
    flex: none;
    min-width: max(2.4rem, var(--tap, 0px));
    justify-content: center;
  }
  input[type='range'] {
    flex: 1;
    min-width: 0;
    accent-color: #1f3b57;
    height: 1.8rem;
  }
  /* Under the range input: the thumb (16 px in Chromium) travels the track less its width. */
  .ticks {
    position: relative;
    height: 1.2em;
    font-size: max(0.72rem, var(--min-text, 0px));
    line-height: 1.2;
    color: #55524b;
    grid-column: 2;
  }
  .ticks span {
    position: absolute;
    left: calc(8px + var(--at) * (100% - 16px));
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .date {
    text-transform: none;
    letter-spacing: 0;
    font-size: 0.9rem;
    color: #1c1c1c;
  }
  .note {
    margin: 0.35rem 0 0;
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #47443e;
  }
  .note.warn {
    color: #7a2e00;
    font-weight: 600;
  }
  select {
    font: inherit;
    width: 100%;
    padding: 0.35rem;
    border: 1px solid #6f6a60;
    border-radius: 6px;
    background: #fff;
    min-height: 2.2rem;
  }
  /* Year steps and the date field: 44 px tap targets (WCAG 2.5.5). */
  .date-row {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin-top: 0.45rem;
  }
  .step {
    flex: none;
    min-width: 44px;
    min-height: 44px;
    justify-content: center;
    font-size: 1.3rem;
    padding: 0;
  }
  .step:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .date-field {
    flex: 1;
    min-width: 0;
  }
  .date-field input,
  input.km {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.2rem 0.5rem;
    border: 1px solid #6f6a60;
    border-radius: 6px;
  }
  input[aria-invalid='true'] {
    border-color: #7a2e00;
    outline: 2px solid #7a2e00;
  }
  label.switch {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 44px;
    cursor: pointer;
    margin-top: 0.35rem;
  }
  .within-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2rem 0.45rem;
  }
  .within-row label.switch {
    margin-top: 0;
  }
  input.km {
    width: 4.5rem;
  }
  /* The search field of a long list (thousands of CHTs or establishments): it narrows the select under it. */
  input.find {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
    margin: 0 0 0.35rem;
    padding: 0.35rem;
    border: 1px solid #6f6a60;
    border-radius: 6px;
    min-height: 2.2rem;
  }
  .within input.find {
    margin: 0.35rem 0 0;
  }
  .within-row select {
    width: auto;
    max-width: 14rem;
  }
  .within-row label:not(.switch) {
    display: flex;
    align-items: center;
    gap: 0.45rem;
  }
`;
