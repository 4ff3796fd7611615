/**
 * A tiny display list shared by the two export back-ends: the SVG file
 * (`toSvg`, pure) and the PNG overlay drawn on a 2D canvas (`drawOnCanvas`),
 * so the title, caption, legend and credit line look the same in both.
 * Coordinates are CSS pixels, y pointing down.
 */

interface Paint {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** SVG `stroke-dasharray`, in pixels. */
  dash?: string;
  opacity?: number;
  fillOpacity?: number;
  cap?: 'butt' | 'round';
  join?: 'miter' | 'round';
}

export type Shape =
  | ({ kind: 'rect'; x: number; y: number; w: number; h: number; rx?: number } & Paint)
  | ({ kind: 'path'; d: string } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'polygon'; points: [number, number][] } & Paint)
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      weight?: 400 | 700;
      fill: string;
      anchor?: 'start' | 'middle' | 'end';
      /** A light outline under the letters, so text reads on any background. */
      halo?: { color: string; width: number };
      letterSpacing?: number;
      opacity?: number;
    }
  | {
      kind: 'group';
      /** Extra SVG attributes (`id`, `data-*`, `aria-*`); ignored on canvas. */
      attrs?: Record<string, string>;
      /** An SVG `<title>` for the group. */
      title?: string;
      /** Moves the children by (dx, dy). */
      translate?: [number, number];
      opacity?: number;
      children: Shape[];
    };

/** The font stack of every exported text: the app's Noto Sans, then common fallbacks. */
export const FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Measures the width of a text in CSS pixels. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/**
 * Width estimate for Noto Sans when no canvas can measure (Node, tests):
 * per-character advance widths in em, rounded from the font's metrics.
 */
export const estimateWidth: Measure = (text, size, weight) => {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\u202f' || ch === '\u00a0') em += 0.26;
    else if (/[il.,:;'’|!I]/.test(ch)) em += 0.27;
    else if (/[fjrt()\-–]/.test(ch)) em += 0.36;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/\d/.test(ch)) em += 0.57;
    else em += 0.54;
  }
  return em * size * (weight === 700 ? 1.06 : 1);
};

/** Splits a text into lines no wider than `width`; a word longer than the line stays whole. */
export function wrapText(text: string, width: number, size: number, weight: 400 | 700, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML text node or attribute value, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

function paintAttrs(p: Paint): string {
  const out: string[] = [];
  out.push(`fill="${escapeXml(p.fill ?? 'none')}"`);
  if (p.stroke) out.push(`stroke="${escapeXml(p.stroke)}"`, `stroke-width="${n(p.strokeWidth ?? 1)}"`);
  if (p.stroke && p.dash) out.push(`stroke-dasharray="${escapeXml(p.dash)}"`);
  if (p.stroke && p.cap) out.push(`stroke-linecap="${p.cap}"`);
  if (p.stroke && p.join) out.push(`stroke-linejoin="${p.join}"`);
  if (p.opacity !== undefined && p.opacity !== 1) out.push(`opacity="${n(p.opacity)}"`);
  if (p.fillOpacity !== undefined && p.fillOpacity !== 1) out.push(`fill-opacity="${n(p.fillOpacity)}"`);
  return out.join(' ');
}

/** One shape as SVG markup (no whitespace between elements except inside groups' newlines). */
export function shapeToSvg(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${s.rx ? ` rx="${n(s.rx)}"` : ''} ${paintAttrs(s)}/>`;
    case 'path':
      return `<path d="${escapeXml(s.d)}" ${paintAttrs(s)}/>`;
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" ${paintAttrs(s)}/>`;
    case 'polygon':
      return `<polygon points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" ${paintAttrs(s)}/>`;
    case 'text': {
      const attrs = [
        `x="${n(s.x)}"`,
        `y="${n(s.y)}"`,
        `font-size="${n(s.size)}"`,
        s.weight === 700 ? 'font-weight="700"' : '',
        s.anchor && s.anchor !== 'start' ? `text-anchor="${s.anchor}"` : '',
        s.letterSpacing ? `letter-spacing="${n(s.letterSpacing)}"` : '',
        `fill="${escapeXml(s.fill)}"`,
        s.halo
          ? `stroke="${escapeXml(s.halo.color)}" stroke-width="${n(s.halo.width * 2)}" stroke-linejoin="round" paint-order="stroke"`
          : '',
        s.opacity !== undefined && s.opacity !== 1 ? `opacity="${n(s.opacity)}"` : '',
      ].filter((a) => a !== '');
      return `<text ${attrs.join(' ')}>${escapeXml(s.text)}</text>`;
    }
    case 'group': {
      const attrs = Object.entries(s.attrs ?? {}).map(([k, v]) => ` ${k}="${escapeXml(v)}"`);
      if (s.opacity !== undefined && s.opacity !== 1) attrs.push(` opacity="${n(s.opacity)}"`);
      if (s.translate) attrs.push(` transform="translate(${n(s.translate[0])},${n(s.translate[1])})"`);
      const title = s.title ? `<title>${escapeXml(s.title)}</title>` : '';
      return `<g${attrs.join('')}>${title}\n${s.children.map(shapeToSvg).join('\n')}\n</g>`;
    }
  }
}

/** Shapes as SVG elements, one per line. */
export function toSvg(shapes: readonly Shape[]): string {
  return shapes.map(shapeToSvg).join('\n');
}

/** Parses the numbers of an SVG dash array ("6 3" → [6, 3]). */
const dashOf = (dash: string | undefined): number[] =>
  dash
    ? dash
        .split(/[\s,]+/)
        .map(Number)
        .filter((v) => Number.isFinite(v))
    : [];

function applyPaint(ctx: CanvasRenderingContext2D, s: Paint, draw: (mode: 'fill' | 'stroke') => void): void {
  const alpha = s.opacity ?? 1;
  if (s.fill && s.fill !== 'none') {
    ctx.globalAlpha = alpha * (s.fillOpacity ?? 1);
    ctx.fillStyle = s.fill;
    draw('fill');
  }
  if (s.stroke) {
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth ?? 1;
    ctx.setLineDash(dashOf(s.dash));
    ctx.lineCap = s.cap ?? 'butt';
    ctx.lineJoin = s.join ?? 'miter';
    draw('stroke');
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;
}

/** Draws shapes on a 2D canvas context (already scaled to CSS pixels). */
export function drawOnCanvas(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], parentOpacity = 1): void {
  for (const s of shapes) {
    ctx.save();
    switch (s.kind) {
      case 'group':
        if (s.translate) ctx.translate(s.translate[0], s.translate[1]);
        drawOnCanvas(ctx, s.children, parentOpacity * (s.opacity ?? 1));
        break;
      case 'rect':
        applyPaint(ctx, { ...s, opacity: parentOpacity * (s.opacity ?? 1) }, (mode) => {
          ctx.beginPath();
          if (s.rx) ctx.roundRect(s.x, s.y, s.w, s.h, s.rx);
          else ctx.rect(s.x, s.y, s.w, s.h);
          ctx[mode]();
        });
        break;
      case 'path': {
        const path = new Path2D(s.d);
        applyPaint(ctx, { ...s, opacity: parentOpacity * (s.opacity ?? 1) }, (mode) => ctx[mode](path));
        break;
      }
      case 'circle':
        applyPaint(ctx, { ...s, opacity: parentOpacity * (s.opacity ?? 1) }, (mode) => {
          ctx.beginPath();
          ctx.arc(s.cx, s.cy, s.r, 0, Math.PI * 2);
          ctx[mode]();
        });
        break;
      case 'polygon':
        applyPaint(ctx, { ...s, opacity: parentOpacity * (s.opacity ?? 1) }, (mode) => {
          ctx.beginPath();
          s.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
          ctx.closePath();
          ctx[mode]();
        });
        break;
      case 'text': {
        ctx.font = `${s.weight ?? 400} ${s.size}px ${FONT_FAMILY}`;
        ctx.textAlign = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
        ctx.textBaseline = 'alphabetic';
        if (s.letterSpacing) ctx.letterSpacing = `${s.letterSpacing}px`;
        ctx.globalAlpha = parentOpacity * (s.opacity ?? 1);
        if (s.halo) {
          ctx.strokeStyle = s.halo.color;
          ctx.lineWidth = s.halo.width * 2;
          ctx.lineJoin = 'round';
          ctx.strokeText(s.text, s.x, s.y);
        }
        ctx.fillStyle = s.fill;
        ctx.fillText(s.text, s.x, s.y);
        break;
      }
    }
    ctx.restore();
  }
}
