/**
 * How `<coop-map>` gives the map room: side panels that fold to a rail
 * (folded by default where they would leave the map less than 60 % of the
 * width), a fullscreen toggle, the phone's bottom sheet that can be dragged
 * (the map keeps at least 55 % of a phone's height by default), and the share
 * buttons (link and embed code copied to the clipboard, with a spoken
 * confirmation). A lit reactive controller: it holds this state and renders
 * the buttons; the element places them.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../query/types.ts';
import { msg } from '../i18n/index.ts';
import { embedCode } from './share.ts';

export type Side = 'left' | 'right';

/** Icons drawn as SVG (no icon font, no emoji font needed), inheriting the text colour. */
const icon = (path: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path d=${path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </svg>`;
const ICONS = {
  fullscreen: icon('M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5'),
  exitFullscreen: icon('M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5'),
  link: icon('M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'),
  embed: icon('M8 7l-5 5 5 5M16 7l5 5-5 5'),
};

/** Below this width of the element both panels would leave the map less than 60 % of it: the filters start folded. */
export const FOLD_LEFT_BELOW = 1280;
/** The phone map's share of the stage height, by default and at the drag limits. */
export const SHEET = { map: 0.66, min: 0.3, max: 0.85 } as const;

export interface LayoutHost {
  lang(): Lang;
  /** The address of the view shown. */
  viewUrl(): string;
  /** The map changed size (fold, unfold, fullscreen, drag): it must be told. */
  resized(): void;
}

export class LayoutController implements ReactiveController {
  /** Panels folded to a rail (wide layout only); null = not chosen yet, the width decides. */
  private folded: Record<Side, boolean | null> = { left: null, right: null };
  /** The phone map's share of the stage height. */
  mapShare: number = SHEET.map;
  fullscreen = false;
  /** What the last copy did, spoken by a live region. */
  status = '';
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private drag: { pointer: number; top: number; height: number } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly access: LayoutHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    clearTimeout(this.statusTimer);
  }

  /** Whether a side panel shows as a rail now. */
  isFolded(side: Side): boolean {
    const chosen = this.folded[side];
    if (chosen !== null) return chosen;
    return side === 'left' && this.host.clientWidth > 0 && this.host.clientWidth < FOLD_LEFT_BELOW;
  }

  toggle(side: Side): void {
    this.folded = { ...this.folded, [side]: !this.isFolded(side) };
    this.changed();
  }

  /** The button that folds or unfolds a panel (`name` is the panel's title). */
  railButton(side: Side, name: string): TemplateResult {
    const t = msg(this.access.lang()).layout;
    const folded = this.isFolded(side);
    const arrow = (side === 'left') === folded ? '›' : '‹';
    return html`<button
      class="mbtn rail-toggle"
      data-testid=${`rail-${side}`}
      aria-expanded=${folded ? 'false' : 'true'}
      aria-label=${folded ? t.unfold(name) : t.fold(name)}
      title=${folded ? t.unfold(name) : t.fold(name)}
      @click=${() => this.toggle(side)}
    >
      <span aria-hidden="true">${arrow}</span>
    </button>`;
  }

  /** The fullscreen toggle, for the map's control group (where the browser allows it). */
  fullscreenButton(): TemplateResult | typeof nothing {
    if (!document.fullscreenEnabled) return nothing;
    const t = msg(this.access.lang()).layout;
    return html`<button
      class="mbtn"
      data-testid="fullscreen"
      aria-pressed=${this.fullscreen ? 'true' : 'false'}
      aria-label=${this.fullscreen ? t.exitFullscreen : t.fullscreen}
      title=${this.fullscreen ? t.exitFullscreen : t.fullscreen}
      @click=${() => void this.toggleFullscreen()}
    >
      ${this.fullscreen ? ICONS.exitFullscreen : ICONS.fullscreen}
    </button>`;
  }

  /** "Copier le lien" and "Copier le code d'intégration", and the line that says it is done. */
  shareButtons(buttonClass: 'mbtn' | 'hbtn'): TemplateResult {
    const t = msg(this.access.lang()).layout;
    return html`<button
        class="${buttonClass} share"
        data-testid="copy-link"
        aria-label=${t.copyLink}
        title=${t.copyLink}
        @click=${() => void this.copy('link')}
      >
        ${ICONS.link}<span>${t.copyLinkShort}</span>
      </button>
      <button
        class="${buttonClass} share"
        data-testid="copy-embed"
        aria-label=${t.copyEmbed}
        title=${t.copyEmbed}
        @click=${() => void this.copy('embed')}
      >
        ${ICONS.embed}<span>${t.copyEmbedShort}</span>
      </button>
      <span class="copy-status" role="status" data-testid="copy-status">${this.status}</span>`;
  }

  /** The phone sheet's drag handle (pointer or arrow keys). */
  handle(): TemplateResult {
    const t = msg(this.access.lang()).layout;
    return html`<div
      class="sheet-handle"
      data-testid="sheet-handle"
      role="slider"
      tabindex="0"
      aria-label=${t.sheetHandle}
      aria-valuemin=${Math.round(SHEET.min * 100)}
      aria-valuemax=${Math.round(SHEET.max * 100)}
      aria-valuenow=${Math.round(this.mapShare * 100)}
      aria-valuetext=${t.sheetValue(Math.round(this.mapShare * 100))}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp}
      @keydown=${this.onHandleKey}
    >
      <span aria-hidden="true"></span>
    </div>`;
  }

  private async copy(what: 'link' | 'embed'): Promise<void> {
    const t = msg(this.access.lang()).layout;
    const url = this.access.viewUrl();
    const text = what === 'link' ? url : embedCode(url, t.embedTitle);
    try {
      await navigator.clipboard.writeText(text);
      this.say(what === 'link' ? t.linkCopied : t.embedCopied);
    } catch {
      // No clipboard (insecure page, permission refused): the text is shown to copy by hand.
      window.prompt(t.copyByHand, text);
      this.say('');
    }
  }

  private say(text: string): void {
    this.status = text;
    this.host.requestUpdate();
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.status = '';
      this.host.requestUpdate();
    }, 4000);
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.host.requestFullscreen();
    } catch (error) {
      console.warn('coopmap: fullscreen refused', error);
    }
  }

  private readonly onFullscreen = (): void => {
    this.fullscreen = document.fullscreenElement === this.host;
    this.changed();
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    const stage = (e.currentTarget as HTMLElement).closest('.stage');
    if (!stage) return;
    const box = stage.getBoundingClientRect();
    this.drag = { pointer: e.pointerId, top: box.top, height: box.height };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (!this.drag || e.pointerId !== this.drag.pointer) return;
    this.setShare((e.clientY - this.drag.top) / this.drag.height);
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    if (this.drag?.pointer === e.pointerId) this.drag = null;
  };

  private readonly onHandleKey = (e: KeyboardEvent): void => {
    const step = e.key === 'ArrowUp' ? -0.1 : e.key === 'ArrowDown' ? 0.1 : 0;
    if (step === 0) return;
    e.preventDefault();
    this.setShare(this.mapShare + step);
  };

  private setShare(share: number): void {
    const next = Math.min(SHEET.max, Math.max(SHEET.min, share));
    if (Math.abs(next - this.mapShare) < 0.005) return;
    this.mapShare = next;
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => this.access.resized());
  }
}
