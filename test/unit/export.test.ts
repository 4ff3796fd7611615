/**
 * Exports, on the real data and geometry: the SVG is well-formed XML with
 * the four bassin paths (choropleth colours, `data-bassin`), the links, the
 * symbols and the legend; the CSV has the BOM, the separator of the language
 * and the published counts of the four bassins; file names say what they show.
 */
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types.ts';
import { readRepoJson, realDataset } from '../fixtures/realData.ts';
import { BASSIN_IDS } from '../../src/model/types.ts';
import { countsByBassin } from '../../src/query/countsByBassin.ts';
import { DEFAULT_STATE } from '../../src/query/state.ts';
import type { AppState } from '../../src/query/types.ts';
import { visibleEstablishments } from '../../src/query/visibleEstablishments.ts';
import { visibleLinks } from '../../src/query/visibleLinks.ts';
import { countsByZone } from '../../src/query/zoneCounts.ts';
import { NO_HIGHLIGHT } from '../../src/map/features.ts';
import { buildMapData, type MapData } from '../../src/map/mapData.ts';
import { territoriesFromTopology } from '../../src/map/territories.ts';
import { csvField, countsCsv } from '../../src/export/csv.ts';
import { escapeXml, estimateWidth, wrapText } from '../../src/export/draw.ts';
import { exportFileName } from '../../src/export/filename.ts';
import { describeView, exportLayout, overlayScale } from '../../src/export/overlay.ts';
import { buildSvg, cameraForBounds, exportFrame, fitCamera, legendFor, projectionFor } from '../../src/export/svg.ts';

const dataset: Dataset = realDataset();
const territories = territoriesFromTopology(readRepoJson('geo/npdc.topo.json') as Topology);

const withState = (
  patch: { filters?: Partial<AppState['filters']>; view?: Partial<AppState['view']>; lang?: AppState['lang'] } = {},
): AppState => ({
  lang: patch.lang ?? 'fr',
  filters: { ...DEFAULT_STATE.filters, ...patch.filters },
  view: { ...DEFAULT_STATE.view, ...patch.view },
  selection: { focus: null },
});

/** The map data of a state, built the way the app builds it (no focus). */
function mapDataOf(state: AppState): MapData {
  const counts = countsByBassin(dataset, state.filters);
  const values = new Map<string, number | null>();
  if (state.view.grid === 'zones') {
    const byZone = countsByZone(dataset, state.filters);
    for (const f of territories.zones.features) values.set(String(f.properties['id']), byZone.get(String(f.properties['id']))?.value ?? 0);
  } else for (const b of BASSIN_IDS) values.set(b, counts[state.filters.scheme].byBassin[b].value);
  return buildMapData({
    territories,
    grid: state.view.grid,
    lang: state.lang,
    territoryValues: values,
    focusedTerritory: null,
    highlight: NO_HIGHLIGHT,
    establishments: visibleEstablishments(dataset, state.filters),
    allEstablishments: dataset.establishments,
    links: visibleLinks(dataset, state.filters),
    counts: counts[state.filters.scheme],
  });
}

function svgOf(
  state: AppState,
  size = { width: 1280, height: 720 },
  view = cameraForBounds([1.55, 49.9, 4.3, 51.1], { width: 1000, height: 700 }, 10),
): string {
  const mapData = mapDataOf(state);
  const counts = countsByBassin(dataset, state.filters)[state.filters.scheme];
  const { title, caption } = describeView(state, counts.period);
  return buildSvg({
    mapData,
    view,
    size,
    lang: state.lang,
    title,
    caption,
    credit: 'Contours : IGN · coopmap',
    legend: legendFor(state, mapData, counts),
  });
}

/**
 * A small XML well-formedness check (no DOM in Node): one root, every tag
 * closed in order, attributes quoted and unique, only the five predefined
 * entities or character references, no `<` or stray `&` in text.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const re = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  while ((m = re.exec(body)) !== null) {
    at = re.lastIndex;
    if (m[6]) {
      problems.push(`bad markup at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
      break;
    }
    if (m[5] !== undefined) {
      if (stack.length === 0 && m[5].trim() !== '') problems.push('text outside the root');
      if (entity.test(m[5])) problems.push(`bad entity in text: ${m[5].slice(0, 40)}`);
      continue;
    }
    const [, close, name, attrs, selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
      continue;
    }
    const names = [...(attrs ?? '').matchAll(/([\w:.-]+)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
    if (entity.test(attrs ?? '')) problems.push(`bad entity in <${name}> attributes`);
    if (stack.length === 0) roots += 1;
    if (!selfClose) stack.push(name as string);
  }
  if (at !== body.length && problems.length === 0) problems.push(`unparsed from ${at}`);
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

describe('xmlProblems (the checker itself)', () => {
  it('accepts well-formed XML and reports broken XML', () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<a x="1"><b/>t &amp; u</a>')).toEqual([]);
    expect(xmlProblems('<a><b></a>')).toEqual(['</a> closes <b>', 'unclosed: a']);
    expect(xmlProblems('<a>x & y</a>')).toEqual(['bad entity in text: x & y']);
    expect(xmlProblems('<a x=1></a>')[0]).toMatch(/^bad markup/);
    expect(xmlProblems('<a/><b/>')).toEqual(['2 root elements']);
  });
});

describe('SVG export', () => {
  const state = withState();
  const svg = svgOf(state);

  it('is a well-formed standalone SVG document of the requested size', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720"',
      ),
    ).toBe(true);
    expect(svg).toContain('<title id="svg-title">Coopérations du CHRU de Lille</title>');
  });

  it('draws the four bassins as paths with their ids, published values and choropleth colours', () => {
    const bassins = [
      ...svg.matchAll(/<g data-bassin="([a-z]+)" data-value="(\d+)"><title>[^<]*<\/title>\n<path d="M[^"]+" fill="(#[0-9a-f]{6})"/g),
    ].map((m) => [m[1], Number(m[2]), m[3]]);
    expect(bassins.map(([b, v]) => [b, v])).toEqual([
      ['metropole', 36],
      ['littoral', 22],
      ['artois', 86],
      ['hainaut', 38],
    ]);
    const classes = mapDataOf(state).classes;
    const colourOf = (v: number): string =>
      (classes.find((c, i) => v >= c.from && (v < c.to || i === classes.length - 1)) as { color: string }).color;
    for (const [, value, fill] of bassins) expect(fill).toBe(colourOf(value as number));
    expect(svg.match(/data-bassin=/g)?.length).toBe(4);
  });

  it('draws the links as curves, the establishments and their labels, and the territory labels', () => {
    const mapData = mapDataOf(state);
    expect(svg.match(/data-link=/g)?.length).toBe(mapData.sources.links.features.length);
    expect(svg).toMatch(/<g data-link="[^"]+" data-kind="gcs" data-status="(firm|attested|project)">\n<path d="M[\d.-]+,[\d.-]+C/);
    expect(svg.match(/data-establishment=/g)?.length).toBe(dataset.establishments.length);
    expect(svg).toContain('data-establishment="chru-lille" data-kind="chu"');
    expect(svg).toMatch(/>CHRU de Lille<\/text>/);
    expect(svg).toMatch(/>MÉTROPOLE<\/text>/);
    expect(svg).toMatch(/>86<\/text>/);
  });

  it('carries the legend, the title and caption, and the credit line', () => {
    expect(svg).toMatch(/<g id="legend" data-testid="legend" transform="translate\([\d.]+,[\d.]+\)"><title>Légende<\/title>/);
    expect(svg).toMatch(/<g id="map" clip-path="url\(#map-area\)" transform="translate\(0,0\)">/);
    expect(svg).toContain('>Bassins : postes ATP 2000–2011 (total publié)</text>');
    expect(svg).toContain('>Liens</text>');
    expect(svg).toContain('>Établissements</text>');
    expect(svg).toContain('<g id="title"');
    expect(svg).toContain('>Contours : IGN · coopmap</text>');
  });

  it('puts the panel on the right of a landscape image, below a portrait one', () => {
    expect(exportLayout(1280, 720)).toEqual({
      map: { x: 0, y: 0, w: 909, h: 720 },
      panel: { x: 909, y: 0, w: 371, h: 720 },
      side: 'right',
    });
    expect(exportLayout(600, 800).side).toBe('bottom');
    const small = svgOf(withState(), { width: 480, height: 270 });
    expect(xmlProblems(small)).toEqual([]);
    expect(small).toContain('width="480" height="270"');
  });

  it('draws the zones grid with data-zone and data-bassin, and escapes text', () => {
    const zones = svgOf(withState({ view: { grid: 'zones' }, lang: 'en' }));
    expect(xmlProblems(zones)).toEqual([]);
    expect(zones.match(/data-zone=/g)?.length).toBe(15);
    expect(zones.match(/data-bassin="hainaut"/g)?.length).toBeGreaterThan(1);
    expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
  });

  it('projects like MapLibre: the camera centre at the middle, a zoom step doubles distances', () => {
    const camera = { center: [3, 50.5] as [number, number], zoom: 8, width: 800, height: 600 };
    expect(projectionFor(camera)([3, 50.5]).map((v) => Math.round(v * 1000) / 1000)).toEqual([400, 300]);
    const east = projectionFor(camera)([3.1, 50.5])[0] - 400;
    const east2 = projectionFor({ ...camera, zoom: 9 })([3.1, 50.5])[0] - 400;
    expect(Math.round((east2 / east) * 1000) / 1000).toBe(2);
    // 512 px world at zoom 0: 0.1° of longitude at zoom 8 is 512 · 256 · 0.1 / 360 px.
    expect(Math.round(east * 1000) / 1000).toBe(Math.round(((512 * 256 * 0.1) / 360) * 1000) / 1000);
    expect(fitCamera(camera, { width: 1600, height: 900 }).zoom).toBe(9 + Math.log2(900 / 600) - 1);
    const fitted = cameraForBounds([2, 50, 4, 51], { width: 1000, height: 1000 });
    const p = projectionFor(fitted);
    expect(Math.round(p([2, 50.5])[0])).toBe(0);
    expect(Math.round(p([4, 50.5])[0])).toBe(1000);
  });
});

describe('export framing', () => {
  it('fits a scene’s bounds to the map area of the image, or keeps the live view', () => {
    const view = { center: [3, 50.5] as [number, number], zoom: 8, width: 1000, height: 500 };
    const bounds: [number, number, number, number] = [2.55, 50.3, 4.85, 51.05];
    const framed = exportFrame(view, { width: 1280, height: 720 }, bounds);
    expect(framed.layout.map).toEqual({ x: 0, y: 0, w: 909, h: 720 });
    const p = projectionFor(framed.camera);
    const [x0, y0] = p([bounds[0], bounds[3]]);
    const [x1, y1] = p([bounds[2], bounds[1]]);
    // The bounds touch the padding (4 % of the short side) on one axis and stay inside on the other.
    expect(Math.min(Math.round(x0), Math.round(y0))).toBe(29);
    expect(x1).toBeLessThanOrEqual(909 - 28.5);
    expect(y1).toBeLessThanOrEqual(720 - 28.5);
    expect(exportFrame(view, { width: 1280, height: 720 }).camera).toEqual(fitCamera(view, { width: 909, height: 720 }));
  });
});

describe('overlay text', () => {
  it('wraps words to a width and scales with the image', () => {
    expect(wrapText('un deux trois quatre', estimateWidth('un deux', 10, 400) + 1, 10, 400, estimateWidth)).toEqual([
      'un deux',
      'trois',
      'quatre',
    ]);
    expect([overlayScale(1280, 720), overlayScale(480, 270), overlayScale(3840, 2160)]).toEqual([1, 0.62, 2]);
  });

  it('describes a view outside scene mode', () => {
    expect(describeView(withState({ filters: { links: ['gcs', 'cht'], date: '2012-01-31' } }), { start: 2000, end: 2011 })).toEqual({
      title: 'Coopérations du CHRU de Lille',
      caption: 'Réseau en vigueur au 31 janvier 2012 (GCS, CHT). Couleur des bassins : postes ATP 2000–2011.',
    });
    expect(describeView(withState({ lang: 'en', filters: { scheme: 'ccu' } }), { start: 2009, end: 2011 }).caption).toBe(
      'Network in force on 31 December 2017 (all links). Bassin colour: CCU-Région 2009–2011 posts.',
    );
  });
});

describe('CSV export', () => {
  it('has the BOM, French headers, `;` and the published counts of the four bassins', () => {
    const csv = countsCsv(countsByBassin(dataset, DEFAULT_STATE.filters), 'fr');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id;Bassin;ATP 2000–2011;ATP 2000–2011 (total publié);CCU-Région 2009–2011;CCU-Région 2009–2011 (total publié)',
      'metropole;Métropole;36;36;2;2',
      'littoral;Littoral;22;22;6;6',
      'artois;Artois;86;86;3;3',
      'hainaut;Hainaut;38;38;7;7',
      'hors-bassin;Médecine générale (hors bassin);;;2;2',
      'total;Total régional;182;182;20;20',
      '',
    ]);
  });

  it('uses `,` in English, and under a filter gives the matching sums beside the published totals', () => {
    const filters = { ...DEFAULT_STATE.filters, member: 'cht-artois-douaisis' };
    const lines = countsCsv(countsByBassin(dataset, filters), 'en').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'id,Bassin,ATP 2000–2011,ATP 2000–2011 (published total),CCU-Région 2009–2011,CCU-Région 2009–2011 (published total)',
    );
    expect(lines[3]).toBe('artois,Artois,86,86,3,3');
    expect(lines[1]).toBe('metropole,Métropole,0,36,0,2');
    expect(lines).toHaveLength(7);
    expect(lines[5]).toBe('total,Regional total,86,182,3,20');
  });

  it('quotes fields that hold the separator or quotes', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('dit "x"', ',')).toBe('"dit ""x"""');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField(12, ';')).toBe('12');
  });
});

describe('file names', () => {
  it('say the scene or the filters, then the date', () => {
    expect(exportFileName(withState(), 'png')).toBe('coopmap_atp_2017-12-31.png');
    expect(exportFileName(withState(), 'png', { sceneId: 'atp', scale: 2 })).toBe('coopmap_scene-atp_2017-12-31@2x.png');
    const s = withState({
      filters: { scheme: 'ccu', links: ['gcs', 'cht'], date: '2012-01-31', member: 'cht-artois-douaisis' },
      view: { grid: 'zones' },
    });
    expect(exportFileName({ ...s, selection: { focus: 'ch-lens' } }, 'svg')).toBe(
      'coopmap_ccu_liens-gcs+cht_zones_membres-cht-artois-douaisis_focus-ch-lens_2012-01-31.svg',
    );
    expect(exportFileName({ ...s, lang: 'en' }, 'csv')).toBe('coopmap_counts_members-cht-artois-douaisis_2012-01-31.csv');
    expect(exportFileName(withState({ filters: { links: [], kinds: ['ch'] } }), 'png', { scale: 4 })).toBe(
      'coopmap_atp_sans-liens_types-ch_2017-12-31@4x.png',
    );
  });

  it('say the distance filter and the hidden attested records (the CSV of counts only the distance: it changes counts)', () => {
    const s = withState({ filters: { within: { km: 12.5, from: 'ch-lens' }, hideAttested: true } });
    expect(exportFileName(s, 'svg')).toBe('coopmap_atp_moins-de-12-5km-ch-lens_sans-attestees_2017-12-31.svg');
    expect(exportFileName({ ...s, lang: 'en' }, 'csv')).toBe('coopmap_counts_within-12-5km-ch-lens_2017-12-31.csv');
    expect(exportFileName(withState({ filters: { within: { km: 30, from: 'chru-lille' } } }), 'png')).toBe(
      'coopmap_atp_moins-de-30km_2017-12-31.png',
    );
  });
});
