/**
 * What an exported image carries besides the map: the title and caption, the
 * legend and the credit line, in a panel beside the map (below it for
 * portrait sizes) so that nothing covers the territory, laid out as a display
 * list (`draw.ts`). The SVG export and the PNG export both draw this, so they
 * read the same. Pure: text is measured by a function passed in (a canvas in
 * the browser, an estimate in Node).
 *
 * Over 350 lines: the exported image's caption, legend, credits and layout rules, shared by the SVG and PNG exports and tested in Node.
 */
import { COOPERATION_KINDS, type CooperationKind, type EstablishmentKind } from '../model/types.ts';
import type { AppState, Grid, Lang, Scheme } from '../query/types.ts';
import { formatLongDate, msg } from '../i18n/index.ts';
import { panelsText } from '../i18n/panels.ts';
import { rateTitle } from '../i18n/rates.ts';
import { COLORS, LINK_STATUS_STYLES, linkCoreWidth, linkStrokeWidth, symbolPolygon, type LinkStyle } from '../map/palette.ts';
import type { LinkStatus } from '../query/linkStatus.ts';
import { choroplethTitle, legendEntries, legendSamples } from '../query/controls.ts';
import { radiusScale, widthScale, type ChoroplethClass } from '../map/scales.ts';
import { estimateWidth, wrapText, type Measure, type Shape } from './draw.ts';

/** What the legend explains: the same inputs as the app's `<coop-legend>`. */
export interface LegendInput {
  scheme: Scheme;
  grid: Grid;
  classes: readonly ChoroplethClass[];
  /** Link kinds drawn. */
  links: readonly CooperationKind[];
  maxMark: number;
  maxWeight: number;
  /** Whether an establishment filter restricts the counts. */
  filtered: boolean;
  /** The period of the scheme shown. */
  period: { start: number; end: number } | null;
  /** Establishment kinds drawn besides the hub (the legend lists only these). */
  kinds: readonly EstablishmentKind[];
  /** Whether the hub is drawn (its own symbol; absent: drawn). */
  hub?: boolean;
  /** Rate view: the census year of the populations (absent: the map shows counts). */
  rateYear?: number;
  /** Link statuses drawn (`MapData.statuses`): explained when more than one is. */
  statuses?: readonly LinkStatus[];
}

export interface OverlayInput {
  width: number;
  height: number;
  lang: Lang;
  title: string;
  caption?: string;
  credit: string;
  legend: LegendInput;
  measure?: Measure;
}

const TEXT = COLORS.text;
const MUTED = '#4d4d4d';

/** Type scale of the panel for an output size: 1 at 1280×720 (or 720×1280), never below 0.62 nor above 2. */
export function overlayScale(width: number, height: number): number {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  return Math.max(0.62, Math.min(2, Math.min(long / 1280, short / 720)));
}

/** The credit line burned into exports: boundaries and data sources. */
export function creditLine(lang: Lang): string {
  const t = msg(lang);
  return t.exported.credit(t.attribution);
}

/** Title and caption of an export outside scene mode: what the map shows, said in one sentence. */
export function describeView(state: AppState, period: { start: number; end: number } | null): { title: string; caption: string } {
  const lang = state.lang;
  const t = msg(lang);
  const f = state.filters;
  const scheme = t.filters.schemeNames[f.scheme];
  const links = COOPERATION_KINDS.filter((k) => f.links.includes(k)).map((k) => t.linkKinds[k]);
  const date = formatLongDate(f.date, lang);
  const linkText =
    links.length === 0 ? t.exported.noLinks : links.length === COOPERATION_KINDS.length ? t.exported.allLinks : links.join(', ');
  const counts = period ? `${scheme} ${period.start}–${period.end}` : scheme;
  return { title: t.title, caption: t.exported.caption(date, linkText, state.view.grid, counts) };
}

/** A legend line sample: the kind's colour and dash, dashes scaled to the stroke width like MapLibre's. */
function lineSample(style: LinkStyle, x: number, y: number, length: number, width: number): Shape {
  const dash = style.dash[1] === 0 ? undefined : style.dash.map((d) => d * width).join(' ');
  return { kind: 'path', d: `M${x},${y}H${x + length}`, stroke: style.color, strokeWidth: width, dash, cap: style.cap };
}

function symbol(
  shape: Parameters<typeof symbolPolygon>[0],
  cx: number,
  cy: number,
  r: number,
  fill: string,
  stroke: string,
  strokeWidth: number,
): Shape {
  return {
    kind: 'polygon',
    points: symbolPolygon(shape).map(([x, y]) => [cx + x * r, cy + y * r]),
    fill,
    stroke,
    strokeWidth,
    join: 'round',
  };
}

/** The legend as shapes from (0, 0), and its size; sections that do not fit `maxHeight` are left out (the choropleth key always stays). */
export function legendShapes(
  legend: LegendInput,
  lang: Lang,
  s: number,
  maxWidth: number,
  maxHeight: number,
  measure: Measure,
): { shapes: Shape[]; width: number; height: number } {
  const t = msg(lang);
  const pt = panelsText(lang);
  const scheme = t.filters.schemeNames[legend.scheme];
  const head = 12.5 * s;
  const small = 11.5 * s;
  const row = 17 * s;
  const inner = Math.max(160 * s, maxWidth);

  // Choropleth: a stepped bar with each class's label under it (the live legend's labels).
  const rateYear = legend.rateYear;
  const choroTitle =
    rateYear !== undefined
      ? rateTitle(lang, legend.scheme, legend.grid, legend.filtered, legend.period, rateYear)
      : choroplethTitle(pt.legend, scheme, legend);
  // The zone note is long: keep its first sentence in an image.
  const choroLines = wrapText(choroTitle.split(/(?<=\.)\s/)[0] ?? choroTitle, inner, head, 700, measure);
  const caveatLines =
    rateYear !== undefined
      ? wrapText(pt.rates.caveat(legend.period?.start ?? 0, legend.period?.end ?? 0, rateYear), inner, small, 400, measure)
      : [];
  const widestLabel = Math.max(0, ...legend.classes.map((c) => measure(c.label, small, 400)));
  const chipW = Math.min(Math.max(46 * s, widestLabel + 8 * s), inner / Math.max(1, legend.classes.length));
  const sections: { height: number; width: number; draw: (y: number) => Shape[] }[] = [];
  sections.push({
    height: choroLines.length * head * 1.25 + 14 * s + small * 1.6 + caveatLines.length * small * 1.3,
    width: Math.max(
      ...choroLines.map((l) => measure(l, head, 700)),
      chipW * legend.classes.length + small,
      ...caveatLines.map((l) => measure(l, small, 400)),
    ),
    draw: (y) => {
      const out: Shape[] = choroLines.map(
        (line, i) => ({ kind: 'text', x: 0, y: y + head + i * head * 1.25, text: line, size: head, weight: 700, fill: TEXT }) as Shape,
      );
      const top = y + choroLines.length * head * 1.25 + 4 * s;
      legend.classes.forEach((c, i) => {
        out.push({ kind: 'rect', x: i * chipW, y: top, w: chipW, h: 12 * s, fill: c.color, stroke: '#8f8a80', strokeWidth: 0.6 * s });
        out.push({
          kind: 'text',
          x: (i + 0.5) * chipW,
          y: top + 12 * s + small * 1.1,
          text: c.label,
          size: small,
          fill: MUTED,
          anchor: 'middle',
        });
      });
      const below = top + 12 * s + small * 1.6;
      caveatLines.forEach((line, i) =>
        out.push({ kind: 'text', x: 0, y: below + small * (1 + i * 1.3), text: line, size: small, fill: MUTED }),
      );
      return out;
    },
  });

  // Links: a sample per kind drawn, in two columns when they fit.
  const entries = legendEntries(legend.links, t);
  const kinds = entries.links;
  if (kinds.length > 0) {
    const labelW = Math.max(...entries.links.map((e) => measure(e.label, small, 400)));
    const colW = 34 * s + labelW + 12 * s;
    const cols = inner >= colW * 2 && kinds.length > 2 ? 2 : 1;
    const rows = Math.ceil(kinds.length / cols);
    const weightedStyle = legend.maxWeight > 0 ? entries.weighted : null;
    const weighted = weightedStyle !== null;
    const scale = widthScale(legend.maxWeight);
    const weights = weighted ? legendSamples(legend.maxWeight, 'weights') : [];
    sections.push({
      height: head * 1.5 + rows * row + (weighted ? row * 1.2 : 0),
      width: cols * colW,
      draw: (y) => {
        const out: Shape[] = [{ kind: 'text', x: 0, y: y + head, text: pt.legend.links, size: head, weight: 700, fill: TEXT }];
        kinds.forEach((k, i) => {
          const cx = Math.floor(i / rows) * colW;
          const cy = y + head * 1.5 + (i % rows) * row + row / 2;
          out.push(lineSample(k.style, cx, cy, 28 * s, 2.5 * s));
          out.push({ kind: 'text', x: cx + 34 * s, y: cy + small * 0.35, text: k.label, size: small, fill: TEXT });
        });
        if (weighted) {
          let x = 0;
          const cy = y + head * 1.5 + rows * row + row * 0.6;
          for (const v of weights) {
            out.push({ kind: 'path', d: `M${x},${cy}H${x + 22 * s}`, stroke: weightedStyle?.color ?? TEXT, strokeWidth: scale(v) * s });
            out.push({ kind: 'text', x: x + 25 * s, y: cy + small * 0.35, text: String(v), size: small, fill: TEXT });
            x += 25 * s + measure(String(v), small, 400) + 10 * s;
          }
          out.push({ kind: 'text', x, y: cy + small * 0.35, text: t.exported.postsCarried, size: small, fill: MUTED });
        }
        return out;
      },
    });
  }

  // Link statuses, when the lines differ by status (as `LINK_STATUS_STYLES` draws them).
  const statuses = legend.statuses ?? [];
  if (statuses.length > 1) {
    // Each name wrapped beside its sample (the attested one is a sentence).
    const names = statuses.map((st) => wrapText(pt.legend.statusNames[st], inner - 34 * s, small, 400, measure));
    const heights = names.map((lines) => Math.max(row, lines.length * small * 1.3));
    sections.push({
      height: head * 1.5 + heights.reduce((sum, h) => sum + h, 0),
      width: inner,
      draw: (y) => {
        const out: Shape[] = [{ kind: 'text', x: 0, y: y + head, text: pt.legend.status, size: head, weight: 700, fill: TEXT }];
        let top = y + head * 1.5;
        statuses.forEach((st, i) => {
          const cy = top + row / 2;
          const d = `M0,${cy}H${28 * s}`;
          const style = LINK_STATUS_STYLES[st];
          out.push({ kind: 'path', d, stroke: '#333333', strokeWidth: linkStrokeWidth(st, 2.5) * s, opacity: style.opacity });
          const core = linkCoreWidth(st, 2.5);
          if (core > 0) out.push({ kind: 'path', d, stroke: COLORS.halo, strokeWidth: core * s, opacity: style.opacity });
          (names[i] ?? []).forEach((line, k) =>
            out.push({ kind: 'text', x: 34 * s, y: cy + small * 0.35 + k * small * 1.3, text: line, size: small, fill: TEXT }),
          );
          top += heights[i] ?? row;
        });
        return out;
      },
    });
  }

  // Proportional circles, when the view has any.
  if (legend.maxMark > 0) {
    const r = radiusScale(legend.maxMark);
    const values = legendSamples(legend.maxMark, 'marks');
    const maxR = r(legend.maxMark) * s;
    const noteLines = wrapText(rateYear !== undefined ? pt.rates.marks(scheme) : pt.legend.marks(scheme), inner, small, 400, measure);
    sections.push({
      height: noteLines.length * small * 1.3 + maxR * 2 + 8 * s + small * 1.4,
      width: Math.max(...noteLines.map((l) => measure(l, small, 400)), maxR * 2 + 60 * s),
      draw: (y) => {
        const out: Shape[] = noteLines.map(
          (line, i) => ({ kind: 'text', x: 0, y: y + small + i * small * 1.3, text: line, size: small, fill: TEXT }) as Shape,
        );
        const base = y + noteLines.length * small * 1.3 + 4 * s + maxR * 2;
        for (const v of values) {
          const rv = r(v) * s;
          out.push({
            kind: 'circle',
            cx: maxR,
            cy: base - rv,
            r: rv,
            fill: COLORS.countFill,
            stroke: COLORS.countStroke,
            strokeWidth: 1 * s,
          });
          out.push({ kind: 'path', d: `M${maxR},${base - 2 * rv}H${maxR * 2 + 10 * s}`, stroke: '#777777', strokeWidth: 0.6 * s });
          out.push({ kind: 'text', x: maxR * 2 + 13 * s, y: base - 2 * rv + small * 0.35, text: String(v), size: small, fill: TEXT });
        }
        out.push({ kind: 'text', x: 0, y: base + small * 1.3, text: pt.legend.inferred, size: small, fill: MUTED });
        return out;
      },
    });
  }

  // Establishment symbols: the hub, then the kinds drawn.
  const shown = entries.sites.filter((e) => legend.kinds.includes(e.kind));
  const items: { label: string; draw: (cx: number, cy: number) => Shape }[] = [
    ...(legend.hub === false
      ? []
      : [
          {
            label: pt.legend.hub,
            draw: (cx: number, cy: number) => symbol('hub', cx, cy, 7.5 * s, COLORS.hubFill, COLORS.hubStroke, 1.4 * s),
          },
        ]),
    ...shown.map((site) => ({
      label: site.label,
      draw: (cx: number, cy: number) => symbol(site.symbol, cx, cy, 5.5 * s, COLORS.symbolFill, '#ffffff', 1 * s),
    })),
  ];
  const itemW = Math.max(...items.map((i) => measure(i.label, small, 400))) + 24 * s;
  const cols = inner >= itemW * 2 && items.length > 2 ? 2 : 1;
  const rows = Math.ceil(items.length / cols);
  sections.push({
    height: head * 1.5 + rows * row,
    width: cols * itemW,
    draw: (y) => {
      const out: Shape[] = [{ kind: 'text', x: 0, y: y + head, text: pt.legend.sites, size: head, weight: 700, fill: TEXT }];
      items.forEach((item, i) => {
        const cx = Math.floor(i / rows) * itemW;
        const cy = y + head * 1.5 + (i % rows) * row + row / 2;
        out.push(item.draw(cx + 8 * s, cy));
        out.push({ kind: 'text', x: cx + 20 * s, y: cy + small * 0.35, text: item.label, size: small, fill: TEXT });
      });
      return out;
    },
  });

  // Keep the sections that fit, in order; the first always stays.
  const gap = 10 * s;
  const kept: typeof sections = [];
  let height = 0;
  for (const section of sections) {
    if (kept.length > 0 && height + section.height > maxHeight) continue;
    kept.push(section);
    height += section.height + gap;
  }
  height -= gap;
  const width = Math.min(maxWidth, Math.max(...kept.map((k) => k.width)));
  const shapes: Shape[] = [];
  let y = 0;
  for (const section of kept) {
    shapes.push(...section.draw(y));
    y += section.height + gap;
  }
  return { shapes, width, height };
}

/** A rectangle in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * How an export of `width` × `height` is shared: the map, and a panel for the
 * title, caption, legend and credit — on the right for landscape sizes, at
 * the bottom for portrait ones.
 */
export function exportLayout(width: number, height: number): { map: Rect; panel: Rect; side: 'right' | 'bottom' } {
  const s = overlayScale(width, height);
  if (width >= height * 1.1) {
    const w = Math.round(Math.min(width * 0.42, Math.max(width * 0.29, 300 * s)));
    return { map: { x: 0, y: 0, w: width - w, h: height }, panel: { x: width - w, y: 0, w, h: height }, side: 'right' };
  }
  const h = Math.round(Math.min(height * 0.5, Math.max(height * 0.34, 260 * s)));
  return { map: { x: 0, y: 0, w: width, h: height - h }, panel: { x: 0, y: height - h, w: width, h }, side: 'bottom' };
}

const group = (children: Shape[], x: number, y: number, attrs: Record<string, string>, title?: string): Shape => ({
  kind: 'group',
  attrs,
  translate: [x, y],
  ...(title ? { title } : {}),
  children,
});

/**
 * The panel of an image of `width` × `height` (see `exportLayout`): a white
 * background, then three groups with `id`s `title` (title and caption),
 * `legend` and `credit`. Legend sections that do not fit are left out.
 */
export function overlayShapes(input: OverlayInput): Shape[] {
  const measure = input.measure ?? estimateWidth;
  const s = overlayScale(input.width, input.height);
  const { panel, side } = exportLayout(input.width, input.height);
  const pad = 18 * s;
  const titleSize = 22 * s;
  const captionSize = 14 * s;
  const creditSize = 10 * s;

  // In a bottom panel, title and caption take the left column, the legend the right one.
  const textW = side === 'right' ? panel.w - 2 * pad : panel.w * 0.5 - 1.5 * pad;
  const titleLines = wrapText(input.title, textW, titleSize, 700, measure);
  const captionLines = input.caption ? wrapText(input.caption, textW, captionSize, 400, measure) : [];
  const titleShapes: Shape[] = [];
  titleLines.forEach((line, i) =>
    titleShapes.push({
      kind: 'text',
      x: 0,
      y: titleSize * 0.95 + i * titleSize * 1.2,
      text: line,
      size: titleSize,
      weight: 700,
      fill: TEXT,
    }),
  );
  const captionTop = titleLines.length * titleSize * 1.2 + 6 * s;
  captionLines.forEach((line, i) =>
    titleShapes.push({
      kind: 'text',
      x: 0,
      y: captionTop + captionSize + i * captionSize * 1.38,
      text: line,
      size: captionSize,
      fill: TEXT,
    }),
  );
  const titleH = captionTop + captionLines.length * captionSize * 1.38 + (captionLines.length > 0 ? captionSize * 0.4 : 0);

  const creditLines = wrapText(input.credit, textW, creditSize, 400, measure);
  const creditH = creditLines.length * creditSize * 1.3;
  const creditShapes: Shape[] = creditLines.map((line, i): Shape => ({
    kind: 'text',
    x: 0,
    y: creditSize + i * creditSize * 1.3,
    text: line,
    size: creditSize,
    fill: '#555555',
  }));

  const legendX = side === 'right' ? pad : panel.w * 0.5 + 0.5 * pad;
  const legendY = side === 'right' ? pad + titleH + 16 * s : pad;
  const legendW = side === 'right' ? panel.w - 2 * pad : panel.w * 0.5 - 1.5 * pad;
  const legendMaxH = side === 'right' ? panel.h - legendY - creditH - 2 * pad : panel.h - 2 * pad;
  const legend = legendShapes(input.legend, input.lang, s, legendW, legendMaxH, measure);

  const separator: Shape =
    side === 'right'
      ? { kind: 'path', d: `M${panel.x + 0.5},0V${input.height}`, stroke: '#8f8a80', strokeWidth: 1 }
      : { kind: 'path', d: `M0,${panel.y + 0.5}H${input.width}`, stroke: '#8f8a80', strokeWidth: 1 };
  return [
    { kind: 'rect', x: panel.x, y: panel.y, w: panel.w, h: panel.h, fill: '#ffffff' },
    separator,
    group(titleShapes, panel.x + pad, panel.y + pad, { id: 'title' }),
    group(legend.shapes, panel.x + legendX, panel.y + legendY, { id: 'legend', 'data-testid': 'legend' }, msg(input.lang).legend.heading),
    group(creditShapes, panel.x + pad, panel.y + panel.h - pad - creditH, { id: 'credit' }),
  ];
}
