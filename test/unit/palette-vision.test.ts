/**
 * The map's encodings read without colour and under the common colour-vision
 * deficiencies: link kinds differ by dash (or by width and arrows for the two
 * solid ones), establishment kinds by shape, and the colours that must still
 * be told apart are checked in CIELAB after simulating protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1).
 */
import { describe, expect, test } from 'vitest';
import { CHOROPLETH_RAMP, ESTABLISHMENT_SHAPES, LINK_STYLES } from '../../src/map/palette.ts';
import { COOPERATION_KINDS, ESTABLISHMENT_KINDS } from '../../src/model/types.ts';

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];
const VISIONS: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** CIELAB's companding function. */
const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);

/** A hex colour as seen with `vision`, in CIELAB (D65). */
function lab(hex: string, vision: Matrix): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = vision.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0]! + row[1] * rgb[1]! + row[2] * rgb[2]!))) as [
    number,
    number,
    number,
  ];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: [number, number, number], b: [number, number, number]): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('encodings that do not rely on colour', () => {
  test('every establishment kind has its own shape', () => {
    expect(new Set(ESTABLISHMENT_KINDS.map((k) => ESTABLISHMENT_SHAPES[k])).size).toBe(ESTABLISHMENT_KINDS.length);
  });

  test('link kinds with the same dash stay far apart in colour under every vision', () => {
    for (const [vision, matrix] of Object.entries(VISIONS)) {
      for (const a of COOPERATION_KINDS) {
        for (const b of COOPERATION_KINDS) {
          if (a >= b || LINK_STYLES[a].svgDash !== LINK_STYLES[b].svgDash) continue;
          const d = deltaE(lab(LINK_STYLES[a].color, matrix), lab(LINK_STYLES[b].color, matrix));
          expect(d, `${a} vs ${b} under ${vision}`).toBeGreaterThan(20);
        }
      }
    }
  });

  test('the choropleth ramp darkens step by step under every vision', () => {
    for (const [vision, matrix] of Object.entries(VISIONS)) {
      const lightness = CHOROPLETH_RAMP.map((c) => lab(c, matrix)[0]);
      for (let i = 1; i < lightness.length; i += 1) {
        expect(lightness[i - 1]! - lightness[i]!, `${vision}: class ${i - 1} → ${i}`).toBeGreaterThan(3);
      }
    }
  });
});
