/**
 * What scene and embed modes draw over the map (`present-overlay.ts`): the
 * top bar and its buttons, the legend, the caption, the notice. Loaded with
 * that code and added to the element's styles then (the layout of the modes
 * themselves, which the first frame needs, is in `present.styles.ts`).
 */
import { css } from 'lit';

export const overlayStyles = css`
  .present {
    position: absolute;
    inset: 0;
    pointer-events: none;
    z-index: 4;
  }
  .present > *,
  .present-top > * {
    pointer-events: auto;
  }
  .present-top {
    position: absolute;
    top: 0.6rem;
    right: 0.6rem;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: flex-start;
    gap: 0.35rem;
    max-width: calc(100% - 1.2rem);
    pointer-events: none;
  }
  .open-full .short {
    display: none;
  }
  /* The overlay's buttons: the look of the map buttons, under their own name (the app's narrow layout restyles those). */
  .pbtn {
    font: inherit;
    font-size: max(0.8rem, var(--min-text, 0px));
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2.3rem;
    padding: 0 0.6rem;
    border: 1px solid #6f6a60;
    border-radius: 6px;
    background: #fff;
    color: #1c1c1c;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
    text-decoration: none;
    white-space: nowrap;
  }
  .pbtn:hover {
    background: #f1eee7;
  }
  .present-top coop-export-menu {
    font-size: max(0.8rem, var(--min-text, 0px));
  }
  .present-legend {
    position: absolute;
    right: 0.6rem;
    top: 3.4rem;
    max-width: min(22rem, 45%);
    max-height: calc(100% - 11rem);
    overflow: auto;
    overscroll-behavior: contain;
    background: rgba(255, 255, 255, 0.97);
    border: 1px solid #6f6a60;
    border-radius: 8px;
    box-shadow: 0 2px 12px rgba(0, 0, 0, 0.2);
    padding: 0.55rem 0.7rem;
  }
  .present-caption {
    position: absolute;
    left: 0.6rem;
    right: 0.6rem;
    /* Above MapLibre's credit line, which must stay readable. */
    bottom: 1.9rem;
  }
  .embed-caption {
    right: auto;
    max-width: min(44rem, calc(100% - 1.2rem));
    background: rgba(255, 255, 255, 0.96);
    border: 1px solid #6f6a60;
    border-radius: 6px;
    box-shadow: 0 1px 6px rgba(0, 0, 0, 0.18);
    padding: 0.35rem 0.6rem;
    font-size: clamp(0.72rem, 1.2cqw, 1rem);
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .embed-caption strong {
    margin-right: 0.4em;
  }
  .present-notice {
    position: absolute;
    left: 50%;
    top: 3.4rem;
    transform: translateX(-50%);
    margin: 0;
    max-width: 80%;
    background: #fff4d6;
    border: 1px solid #8a5200;
    border-radius: 6px;
    padding: 0.4rem 0.6rem;
    display: flex;
    gap: 0.6rem;
    align-items: center;
  }
  /* Scene mode: the buttons, the legend and the caption each in a row of their own, so that none
     covers another; the legend, in two columns, scrolls inside its row rather than run under the caption. */
  .mode-scene .present {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: 0.5rem;
    padding: 0.6rem 0.6rem 1.9rem;
  }
  .mode-scene .present-top {
    position: static;
    grid-area: 1 / 2;
    max-width: none;
  }
  .mode-scene .present-legend {
    position: static;
    grid-area: 2 / 2;
    align-self: start;
    width: min(34rem, 46cqw);
    max-width: none;
    max-height: 100%;
    box-sizing: border-box;
  }
  .mode-scene .present-legend coop-legend {
    columns: 2;
    column-gap: 1rem;
  }
  .mode-scene .present-caption {
    position: static;
    grid-area: 3 / 1 / 4 / 3;
  }
  /* Projector look: bigger legend and buttons on big screens. */
  @container (min-width: 1600px) and (min-height: 850px) {
    .mode-scene .present-legend {
      zoom: 1.3;
    }
    .mode-scene .present-top .pbtn,
    .mode-scene .present-top coop-export-menu {
      font-size: 1rem;
    }
  }
  @container (max-width: 620px) {
    .present-top .pbtn,
    .present-top coop-export-menu {
      font-size: max(0.72rem, var(--min-text, 0px));
    }
    .present-top .pbtn {
      min-height: 2rem;
      padding: 0 0.45rem;
    }
    .open-full .long {
      display: none;
    }
    .open-full .short {
      display: inline;
    }
    .embed-caption {
      -webkit-line-clamp: 2;
      padding: 0.2rem 0.5rem;
    }
    /* A small embed's overlay buttons are 32 px, like its map buttons (see \`present.styles.ts\`). */
    .mode-embed .present {
      --tap: 2rem;
    }
    .present-legend {
      max-width: 70%;
      max-height: calc(100% - 5rem);
      top: 3rem;
    }
  }
`;
