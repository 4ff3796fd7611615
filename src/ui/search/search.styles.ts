import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .box {
    position: relative;
  }
  .icon {
    position: absolute;
    left: 0.6rem;
    top: 50%;
    transform: translateY(-50%);
    width: 1rem;
    height: 1rem;
    color: #55524b;
    pointer-events: none;
  }
  input {
    width: 100%;
    font: inherit;
    padding: 0.45rem 0.6rem 0.45rem 2rem;
    border: 1px solid #6f6a60;
    border-radius: 6px;
    background: #fff;
    /* --tap: the app's touch-target size on a phone (44 px). */
    min-height: max(2.4rem, var(--tap, 0px));
  }
  ul {
    position: absolute;
    z-index: 20;
    left: 0;
    right: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: #fff;
    border: 1px solid #6f6a60;
    border-radius: 6px;
    box-shadow: 0 6px 18px rgba(0, 0, 0, 0.18);
    max-height: 60vh;
    overflow: auto;
  }
  li {
    display: flex;
    flex-direction: column;
    padding: 0.35rem 0.7rem;
    cursor: pointer;
  }
  li.active,
  li:hover {
    background: #1f3b57;
    color: #fff;
  }
  li.active .detail,
  li:hover .detail {
    color: #e8e6e1;
  }
  .label {
    font-weight: 600;
  }
  .detail {
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #55524b;
  }
  li.none {
    cursor: default;
    color: #55524b;
  }
  li.none:hover {
    background: none;
    color: #55524b;
  }
`;
