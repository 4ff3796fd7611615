/**
 * Scene and embed modes of `<coop-map>` (classes `mode-scene`, `mode-embed`
 * on the app's root, `data-mode` on the host): no header, no panels, the map
 * edge to edge. These rules ship with the page, since they lay out its first
 * frame; what the modes draw over the map (the caption, the legend, a few
 * buttons) is styled in `present-overlay.styles.ts`, which comes with that
 * code. Type scales with the element (container query units): readable from
 * a 480 × 270 embed to a projector.
 */
import { css } from 'lit';

export const presentStyles = css`
  :host([data-mode]) {
    min-height: 0;
  }
  .app.mode-embed,
  .app.mode-scene {
    grid-template-rows: auto 1fr;
    container-type: size;
  }
  .mode-embed header.top,
  .mode-scene header.top,
  .mode-embed .sheet,
  .mode-scene .sheet {
    display: none;
  }
  .app.mode-embed .stage,
  .app.mode-scene .stage {
    display: block;
  }
  .app.mode-embed .map-wrap,
  .app.mode-scene .map-wrap {
    position: absolute;
    inset: 0;
    flex: none;
    min-height: 0;
  }
  .mode-embed .map-controls,
  .mode-scene .map-controls {
    left: 0.6rem;
    top: 0.6rem;
  }
  .no-zoom .map-controls,
  .mode-scene .map-controls .wide-btn {
    display: none;
  }
  @container (max-width: 620px) {
    /* A small embed is a figure in a page, mostly read on a desktop: its few buttons are 32 px, so that
       with the caption they keep under a quarter of a 480 × 270 frame (the overlay's too: \`present-overlay.styles.ts\`). */
    .mode-embed .map-controls {
      --tap: 2rem;
    }
    .mode-embed .map-controls .wide-btn {
      display: none;
    }
    .mode-embed .map-controls .mbtn {
      min-width: 2rem;
      min-height: 2rem;
    }
  }
  .maplibregl-cooperative-gesture-screen {
    font-size: clamp(0.9rem, 2.2cqw, 1.6rem);
  }
`;
