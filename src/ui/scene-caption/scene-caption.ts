/**
 * `<coop-scene-caption>`: the caption bar of scene mode — the scene's title
 * and caption in large type, the step indicator ("3 / 11"), and previous /
 * next / exit buttons with visible labels (a projector audience cannot
 * hover). Type scales with the map's size (container query units), from a
 * 480 × 270 embed to a 1920 × 1080 projector.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Lang, SceneMove } from '../../query/types.ts';
import { presentText, stepLabel } from '../../i18n/index.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

/** Detail of `coop-scene-move`. */
export interface SceneMoveDetail {
  move: SceneMove;
}

export class CoopSceneCaption extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: clamp(0.72rem, min(1.55cqw, 2.8cqh), 1.75rem);
      }
      .bar {
        display: flex;
        align-items: flex-end;
        gap: 0.6em 1.2em;
        background: #ffffff;
        color: #111111;
        border: 2px solid #1f3b57;
        border-radius: 0.45em;
        box-shadow: 0 0.2em 1em rgba(0, 0, 0, 0.3);
        padding: 0.6em 0.9em;
      }
      .text {
        flex: 1 1 auto;
        min-width: 0;
      }
      h2 {
        margin: 0 0 0.2em;
        font-size: 1.45em;
        line-height: 1.15;
        color: #0d2740;
      }
      p {
        margin: 0;
        line-height: 1.35;
        max-width: 62em;
      }
      nav {
        flex: none;
        display: flex;
        align-items: center;
        gap: 0.4em;
      }
      button {
        font-size: 0.85em;
        min-height: 2.6em;
        min-width: 2.6em;
        padding: 0 0.8em;
        border: 2px solid #1f3b57;
        border-radius: 0.4em;
        background: #ffffff;
        color: #0d2740;
        font-weight: 700;
      }
      button:disabled {
        opacity: 0.4;
        cursor: default;
      }
      button.exit {
        border-color: #6f6a60;
        color: #333333;
        font-weight: 400;
      }
      .step {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        min-width: 3.5em;
        text-align: center;
        font-size: 1.05em;
      }
      @container (max-width: 700px) {
        .label {
          display: none;
        }
        nav {
          gap: 0.25em;
        }
        button {
          min-width: 2.3em;
          padding: 0 0.45em;
        }
      }
      @container (max-width: 420px) {
        .bar {
          flex-direction: column;
          align-items: stretch;
        }
        nav {
          justify-content: flex-end;
        }
      }
      /* Short frames (a 480 × 270 embed): two lines of caption, the rest on hover or in the full map. */
      @container (max-height: 420px) {
        .bar {
          padding: 0.4em 0.6em;
        }
        h2 {
          font-size: 1.2em;
        }
        p {
          display: -webkit-box;
          -webkit-box-orient: vertical;
          -webkit-line-clamp: 2;
          overflow: hidden;
        }
      }
    `,
  ];
  static override properties = {
    lang: {},
    heading: {},
    caption: {},
    index: { type: Number },
    total: { type: Number },
    nav: { type: Boolean },
  };

  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** The scene's title. */
  declare heading: string;
  /** The scene's caption. */
  declare caption: string;
  /** Position of the scene, from 0. */
  declare index: number;
  /** Number of scenes. */
  declare total: number;
  /** Whether the previous / next / exit buttons show. */
  declare nav: boolean;

  constructor() {
    super();
    this.lang = 'fr';
    this.heading = '';
    this.caption = '';
    this.index = 0;
    this.total = 0;
    this.nav = true;
  }

  private move(move: SceneMove): void {
    emit(this, 'coop-scene-move', { move });
  }

  override render() {
    const t = presentText(this.lang).scene;
    const step = stepLabel(this.index, this.total, this.lang);
    return html`<section class="bar" aria-label=${t.region} data-testid="scene-caption">
      <div class="text" aria-live="polite">
        <h2 data-testid="scene-title">${this.heading}</h2>
        <p data-testid="scene-text" title=${this.caption}>${this.caption}</p>
      </div>
      <nav aria-label=${t.region}>
        ${
          this.nav
            ? html`<button
                data-testid="scene-previous"
                aria-label=${t.previousLabel}
                ?disabled=${this.index <= 0}
                @click=${() => this.move('previous')}
              >
                <span aria-hidden="true">◀</span> <span class="label">${t.previous}</span>
              </button>`
            : nothing
        }
        <span class="step" data-testid="scene-step" role="status" aria-label=${step.label}>${step.text}</span>
        ${
          this.nav
            ? html`<button
                  data-testid="scene-next"
                  aria-label=${t.nextLabel}
                  ?disabled=${this.index >= this.total - 1}
                  @click=${() => this.move('next')}
                >
                  <span class="label">${t.next}</span> <span aria-hidden="true">▶</span>
                </button>
                <button class="exit" data-testid="scene-exit" aria-label=${t.exitLabel} @click=${() => this.move('exit')}>
                  <span aria-hidden="true">✕</span> <span class="label">${t.exit}</span>
                </button>`
            : nothing
        }
      </nav>
    </section>`;
  }
}

customElements.define('coop-scene-caption', CoopSceneCaption);

declare global {
  interface HTMLElementTagNameMap {
    'coop-scene-caption': CoopSceneCaption;
  }
  interface HTMLElementEventMap {
    'coop-scene-move': CustomEvent<SceneMoveDetail>;
  }
}
