/**
 * Writes the map's state-dependent numbers (`valueLabels`) in HTML over the
 * map canvas: a few positioned elements, moved with the camera. Changing one
 * is a text change in the page, drawn in the browser's next frame, with no
 * MapLibre layout and no WebGL frame of its own. Hidden from assistive
 * technology: the counts table says the same in words.
 */
import type { ValueLabel } from './valueLabels.ts';

/** A box in CSS pixels of the map. */
export interface OverlayBox {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The map's text halo in CSS: a white outline of `width` pixels, as shadows in eight directions. */
function halo(width: number): string {
  const d = width * 0.71;
  const offsets = [
    [width, 0],
    [-width, 0],
    [0, width],
    [0, -width],
    [d, d],
    [-d, d],
    [d, -d],
    [-d, -d],
  ];
  return offsets.map(([x, y]) => `${x}px ${y}px 0.5px rgba(255,255,255,0.9)`).join(', ');
}

export class ValueOverlay {
  private readonly root: HTMLDivElement;
  private readonly elements = new Map<string, HTMLSpanElement>();
  private labels: readonly ValueLabel[] = [];
  /** Keys of the labels a panel or the map's edge would cut (hidden, see `cull`). */
  private culled = new Set<string>();

  constructor(
    container: HTMLElement,
    private readonly project: (at: [number, number]) => { x: number; y: number },
  ) {
    this.root = document.createElement('div');
    this.root.className = 'coopmap-values';
    this.root.setAttribute('aria-hidden', 'true');
    Object.assign(this.root.style, {
      position: 'absolute',
      inset: '0',
      overflow: 'hidden',
      pointerEvents: 'none',
      fontFamily: "'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
      fontWeight: '700',
      lineHeight: '1.15',
      whiteSpace: 'nowrap',
    });
    // Above the canvas, under MapLibre's controls.
    const controls = container.querySelector('.maplibregl-control-container');
    container.insertBefore(this.root, controls);
  }

  /** Hides or shows every value at once (hidden while the map under them is not drawn yet). */
  reveal(on: boolean): void {
    this.root.style.visibility = on ? '' : 'hidden';
  }

  /** Shows `labels`: elements are kept by key, so a change of value is a change of text. */
  set(labels: readonly ValueLabel[]): void {
    this.labels = labels;
    const keep = new Set(labels.map((l) => l.key));
    for (const [key, el] of this.elements) {
      if (keep.has(key)) continue;
      el.remove();
      this.elements.delete(key);
    }
    for (const label of labels) {
      let el = this.elements.get(label.key);
      if (!el) {
        el = document.createElement('span');
        el.dataset['value'] = label.key;
        Object.assign(el.style, { position: 'absolute', left: '0', top: '0', willChange: 'transform' });
        this.root.append(el);
        this.elements.set(label.key, el);
      }
      if (el.textContent !== label.text) el.textContent = label.text;
      Object.assign(el.style, {
        fontSize: `${label.size}px`,
        color: label.color,
        opacity: String(this.culled.has(label.key) ? 0 : label.opacity),
        textShadow: halo(label.halo),
      });
    }
    this.place();
  }

  /** Moves every element to its point (called at each map render). */
  place(): void {
    for (const label of this.labels) {
      const el = this.elements.get(label.key);
      if (!el) continue;
      const { x, y: atY } = this.project(label.at);
      const y = atY + label.dy;
      el.style.transform =
        label.place === 'below' ? `translate(${x}px, ${y}px) translate(-50%, 0)` : `translate(${x}px, ${y}px) translate(-50%, -50%)`;
    }
  }

  /** The boxes of the numbers written now (hidden ones left out), in CSS pixels of the map. */
  boxes(): OverlayBox[] {
    const origin = this.root.getBoundingClientRect();
    const out: OverlayBox[] = [];
    for (const label of this.labels) {
      const el = this.elements.get(label.key);
      if (!el || this.culled.has(label.key) || label.opacity === 0) continue;
      const r = el.getBoundingClientRect();
      out.push({ key: label.key, x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top });
    }
    return out;
  }

  /** Hides the numbers `cut` says a panel or the map's edge would cut, shows the others. */
  cull(cut: (box: OverlayBox) => boolean): void {
    const origin = this.root.getBoundingClientRect();
    const next = new Set<string>();
    for (const label of this.labels) {
      const el = this.elements.get(label.key);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (cut({ key: label.key, x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top }))
        next.add(label.key);
    }
    this.culled = next;
    for (const label of this.labels) {
      const el = this.elements.get(label.key);
      if (el) el.style.opacity = String(next.has(label.key) ? 0 : label.opacity);
    }
  }
}
