/**
 * Layout of `<coop-map>`: full-bleed map with floating panels (desktop), map over a bottom sheet (phone).
 * Over 350 lines: the desktop, laptop and phone layouts of one element, whose rules override each other in order.
 */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    position: relative;
    height: 100%;
    min-height: 420px;
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
    --panel-bg: rgba(255, 255, 255, 0.97);
    --left-w: clamp(270px, 21vw, 340px);
    --right-w: clamp(300px, 25vw, 440px);
    /* A folded panel: a rail as wide as one button (a 44 px target) and its padding. */
    --rail-w: 3.25rem;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  .app {
    display: grid;
    /* One column that never grows past the element (a long row scrolls inside it instead). */
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto 1fr;
    height: 100%;
    overflow: hidden;
  }
  header.top {
    display: flex;
    align-items: center;
    gap: 0.75rem 1.25rem;
    padding: 0.45rem 1rem;
    background: #1f3b57;
    color: #fff;
    z-index: 5;
  }
  .brand {
    min-width: 0;
  }
  /* The title keeps its line when buttons arrive in the header after load (no layout shift): the search gives way. */
  .wide .brand {
    flex: 0 0 auto;
  }
  /*
   * Room for a title on two lines and the subtitle, reserved from the first
   * frame: the title wraps or not as the header's buttons and the web font
   * arrive, and a header growing then pushed the whole map and its panels
   * down (most of the desktop layout shift).
   */
  .wide header.top {
    min-height: calc(2 * 1.1rem * 1.2 + 0.78rem * 1.4 + 0.9rem);
  }
  h1 {
    margin: 0;
    font-size: 1.1rem;
    line-height: 1.2;
    /* Wraps rather than running under the search box when the header is crowded. */
    text-wrap: balance;
  }
  .brand p {
    margin: 0;
    font-size: max(0.78rem, var(--min-text, 0px));
    color: #dfe7ef;
  }
  .search {
    flex: 1 1 18rem;
    max-width: 30rem;
    color: #1c1c1c;
  }
  .actions {
    display: flex;
    gap: 0.4rem;
    margin-left: auto;
  }
  .hbtn {
    font: inherit;
    cursor: pointer;
    border: 1px solid #c9d6e3;
    background: transparent;
    color: inherit;
    border-radius: 6px;
    padding: 0.3rem 0.65rem;
    min-height: 2.2rem;
    white-space: nowrap;
  }
  .hbtn:hover:not(:disabled) {
    background: rgba(255, 255, 255, 0.14);
  }
  /* Waiting for what it needs (the Présenter button, until the scenes are checked). */
  .hbtn:disabled {
    cursor: default;
    opacity: 0.6;
  }
  header .hbtn:focus-visible {
    outline-color: #ffd24d;
  }
  .stage {
    position: relative;
    min-height: 0;
  }
  .map-wrap {
    position: absolute;
    inset: 0;
  }
  /* The "Liste" view: a drawer over the lower map, between the side panels. */
  .list-drawer {
    position: absolute;
    z-index: 3;
    bottom: 0.75rem;
    left: 0.75rem;
    right: 0.75rem;
    height: min(45%, 26rem);
    display: flex;
    background: var(--panel-bg);
    border: 1px solid #c9c3b6;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
  }
  .wide .list-drawer {
    left: calc(var(--left-w) + 1.5rem);
    right: calc(var(--right-w) + 1.5rem);
  }
  .list-drawer coop-list {
    flex: 1 1 auto;
    min-width: 0;
    /* Room for the close button at the top right. */
    padding-right: 2.8rem;
  }
  .list-drawer .list-close {
    position: absolute;
    top: 0.3rem;
    right: 0.3rem;
  }
  #map {
    position: absolute;
    inset: 0;
  }
  /* Until the data arrives the panels keep their place and titles but show no content: filled in with
     counts and notes, it would grow and move under the reader's eyes (a layout shift). */
  .pending .panel :is(coop-filters, coop-counts, coop-details, coop-legend, .legend-box, [data-testid='import-open']) {
    visibility: hidden;
  }
  .maplibregl-canvas:focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: -3px;
  }
  .maplibregl-ctrl-attrib {
    font-size: max(0.7rem, var(--min-text, 0px));
    background: rgba(255, 255, 255, 0.85);
  }
  .maplibregl-ctrl-attrib a,
  .maplibregl-ctrl-attrib {
    color: #33302b;
  }
  .map-controls {
    position: absolute;
    top: 0.75rem;
    left: calc(var(--left-w) + 1.5rem);
    display: flex;
    gap: 0.3rem;
    flex-wrap: wrap;
    z-index: 2;
  }
  /* Between the two panels the controls wrap rather than slide under the right one. */
  .wide:not(.mode-embed):not(.mode-scene) .map-controls {
    max-width: calc(100% - var(--left-w) - var(--right-w) - 3rem);
    pointer-events: none;
  }
  .map-controls > * {
    pointer-events: auto;
  }
  .mbtn {
    font: inherit;
    cursor: pointer;
    min-width: 2.3rem;
    min-height: 2.3rem;
    border: 1px solid #6f6a60;
    border-radius: 6px;
    background: #fff;
    color: #1c1c1c;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
    font-size: 1.1rem;
    line-height: 1;
  }
  .mbtn.wide-btn {
    font-size: 0.875rem;
    padding: 0 0.6rem;
  }
  .mbtn:hover {
    background: #f1eee7;
  }
  .overlay {
    position: absolute;
    left: 50%;
    top: 40%;
    transform: translate(-50%, -50%);
    background: #fff;
    padding: 0.6rem 1rem;
    border-radius: 6px;
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2);
    margin: 0;
    max-width: 80%;
  }
  .overlay.error {
    color: #7a1d00;
  }
  .panel {
    background: var(--panel-bg);
  }
  .panel-title {
    margin: 0 0 0.5rem;
    font-size: 0.95rem;
  }
  .wide .panel {
    position: absolute;
    top: 0.75rem;
    bottom: 2rem;
    overflow: auto;
    border-radius: 8px;
    box-shadow: 0 2px 14px rgba(0, 0, 0, 0.22);
    padding: 0.75rem 0.9rem;
    z-index: 3;
    overscroll-behavior: contain;
  }
  .wide .panel.left {
    left: 0.75rem;
    width: var(--left-w);
  }
  /* Folded to a rail: the panel keeps only its unfold button, and the map gets the room. */
  .wide.fold-left {
    --left-w: var(--rail-w);
  }
  .wide.fold-right {
    --right-w: var(--rail-w);
  }
  .wide .panel.folded {
    bottom: auto;
    padding: 0.25rem;
    overflow: hidden;
  }
  .wide .panel.folded > :not(.rail-toggle) {
    display: none;
  }
  .rail-toggle {
    min-width: 2.75rem;
    min-height: 2.75rem;
    box-shadow: none;
  }
  .panel.left:not(.folded) > .rail-toggle {
    float: right;
    margin: -0.35rem -0.45rem 0 0.5rem;
  }
  .panel.right:not(.folded) > .rail-toggle {
    float: left;
    margin: -0.35rem 0.5rem 0 -0.45rem;
  }
  .icon {
    vertical-align: middle;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  /* Where room is short the share buttons keep their icon; the name stays in their label. */
  .share span,
  .wide.fold-left .share span {
    display: none;
  }
  .wide:not(.fold-left) .share span {
    display: inline;
  }
  /* A scene or an embed has its own way out ("open the full map"): no share buttons over it. */
  .mode-scene .share,
  .mode-embed .share,
  .mode-embed [data-testid='fullscreen'],
  .mode-embed [data-testid='list-toggle'],
  .mode-scene [data-testid='list-toggle'],
  .mode-scene .sheet-handle,
  .mode-embed .sheet-handle {
    display: none;
  }
  .copy-status {
    align-self: center;
    font-size: 0.875rem;
    background: var(--panel-bg);
    border-radius: 4px;
    padding: 0 0.4rem;
  }
  .copy-status:empty {
    display: none;
  }
  .wide .panel.right {
    right: 0.75rem;
    width: var(--right-w);
  }
  /*
   * The counts table's room, reserved before the data arrives (its height once
   * filled, real data): filling it pushed the legend and details down.
   */
  coop-counts {
    display: block;
  }
  .wide coop-counts {
    min-height: 31.8rem;
  }
  .narrow coop-counts {
    min-height: 28.5rem;
  }
  .wide .details,
  .wide .legend-box {
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid #dedad1;
  }
  dialog.info {
    border: 1px solid #6f6a60;
    border-radius: 8px;
    padding: 0;
    width: min(52rem, 94vw);
    max-height: 88vh;
    box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3);
  }
  /* The bassin comparison is a wide table: give it the width of the screen. */
  dialog.info.wide {
    width: min(84rem, 96vw);
  }
  dialog.info::backdrop {
    background: rgba(20, 20, 20, 0.4);
  }
  dialog .dialog-body {
    padding: 1rem 1.25rem;
  }
  dialog h2 {
    margin-top: 0;
  }
  dialog .hbtn {
    color: #1c1c1c;
    border-color: #6f6a60;
    margin-top: 0.75rem;
  }

  /*
   * The element learns its width after its first frame, which it draws in
   * the desktop layout: on a phone-sized screen that frame is not shown, so
   * nothing visible moves when the phone layout replaces it.
   */
  @media (max-width: 759.98px) {
    .app.wide {
      visibility: hidden;
    }
  }

  /* A laptop screen: a smaller title, no subtitle, so the search keeps its room. */
  @media (max-width: 1199px) {
    .wide h1 {
      font-size: 0.95rem;
    }
    .wide .brand {
      flex: 0 1 13rem;
    }
    .wide .brand p {
      display: none;
    }
    .wide .hbtn {
      padding: 0.3rem 0.5rem;
    }
  }
  .wide .search {
    min-width: 11rem;
  }

  /* Phone: header on two rows, map on top, panels in a bottom sheet with tabs. The components
     read --tap (touch targets of 44 px) and --min-text (no text under 14 px). */
  .narrow {
    --tap: 2.75rem;
    --min-text: 14px;
  }
  /* The credits button at tap size: one icon (MapLibre's background would tile in the larger box),
     and a compact box as tall as the button so the map's edge does not cut it. */
  .narrow .maplibregl-ctrl-attrib-button {
    width: 2.75rem;
    height: 2.75rem;
    background-position: center;
    background-repeat: no-repeat;
  }
  .narrow .maplibregl-ctrl-attrib.maplibregl-compact {
    min-height: 2.75rem;
    padding-right: 2.75rem;
    border-radius: 1.375rem;
  }
  .narrow header.top {
    flex-wrap: wrap;
    padding: 0.4rem 0.6rem;
    gap: 0.4rem 0.5rem;
  }
  .narrow h1 {
    font-size: 0.95rem;
    white-space: normal;
  }
  .narrow .brand p {
    display: none;
  }
  .narrow .brand {
    flex: 1 1 100%;
    min-width: 0;
  }
  /* The actions scroll sideways on one row rather than widen the page. */
  .narrow .actions {
    gap: 0.25rem;
    order: 2;
    flex: 1 1 100%;
    margin-left: 0;
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: none;
    /* What does not fit fades out at the right edge, so the row reads as one that scrolls; the end
       padding lets the last button clear the fade once scrolled to. */
    padding-right: 1.5rem;
    mask-image: linear-gradient(to right, #000 calc(100% - 1.5rem), transparent);
  }
  .narrow .actions > * {
    flex: 0 0 auto;
  }
  /* The language switch first: a reader of the other language finds it without scrolling. */
  .narrow .actions .lang {
    order: -1;
  }
  .narrow .hbtn {
    padding: 0.2rem 0.45rem;
    font-size: 0.875rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
  }
  .narrow .search {
    order: 3;
    flex: 1 1 100%;
    max-width: none;
  }
  .narrow .stage {
    display: flex;
    flex-direction: column;
  }
  .narrow .map-wrap {
    position: relative;
    inset: auto;
    /* The map's share of the height (66 % by default: 55 % of a phone's screen; the handle moves it). */
    flex: 0 0 var(--map-share, 66%);
    min-height: 200px;
  }
  .sheet-handle {
    position: absolute;
    z-index: 4;
    left: 50%;
    bottom: 0;
    transform: translateX(-50%);
    width: 4.5rem;
    height: 2.75rem;
    display: grid;
    place-items: center;
    cursor: ns-resize;
    touch-action: none;
  }
  .sheet-handle span {
    width: 3rem;
    height: 0.4rem;
    border-radius: 0.2rem;
    background: #6f6a60;
    box-shadow: 0 0 0 3px #fff;
  }
  .narrow .map-controls {
    left: 0.5rem;
    top: 0.5rem;
  }
  .narrow .mbtn {
    min-width: 2.75rem;
    min-height: 2.75rem;
  }
  .narrow .mbtn.wide-btn {
    font-size: 1.1rem;
    padding: 0;
  }
  .narrow .sheet {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    background: #fff;
    border-top: 1px solid #8a857a;
    box-shadow: 0 -3px 10px rgba(0, 0, 0, 0.15);
  }
  .tabs {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    background: #fff;
    border-bottom: 1px solid #dedad1;
  }
  .tabs button {
    flex: 1;
    font: inherit;
    font-weight: 600;
    border: 0;
    background: none;
    padding: 0.6rem 0.3rem;
    min-height: 2.75rem;
    border-bottom: 3px solid transparent;
    color: #47443e;
    cursor: pointer;
  }
  .tabs button[aria-selected='true'] {
    color: #1c1c1c;
    border-bottom-color: #1f3b57;
  }
  .narrow .panel {
    padding: 0.6rem 0.75rem 1rem;
  }
  .narrow .panel.left .panel-title {
    display: none;
  }
  .narrow coop-legend {
    margin-top: 1rem;
  }
  /* Code that failed to load (issue 12): what failed, and a reload. */
  .code-failure {
    margin: 0;
    padding: 0.5rem 1rem;
    background: #fff1ee;
    border-bottom: 2px solid #a4262c;
    color: #1c1c1c;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 1rem;
  }
`;
