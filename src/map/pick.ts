/**
 * Picking helpers for the map view: which drawn line lies nearest the
 * pointer, in screen pixels. Pure geometry, so parallel lanes of one pair
 * (a few pixels apart) can be told apart and tested without a map.
 */

/** A point in screen pixels. */
export type ScreenPoint = [number, number];

/** Distance in pixels from `p` to the segment `a`–`b`. */
export function segmentDistance(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance in pixels from `p` to a polyline (Infinity when it has no point). */
export function polylineDistance(p: ScreenPoint, line: readonly ScreenPoint[]): number {
  if (line.length === 1) return Math.hypot(p[0] - line[0]![0], p[1] - line[0]![1]);
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistance(p, line[i - 1]!, line[i]!));
  return best;
}

/**
 * Index of the candidate whose polylines come nearest `p`, or -1 when none
 * comes within `tolerance` pixels. Ties keep the first candidate (the
 * topmost, as the map reports them).
 */
export function nearestLine(p: ScreenPoint, candidates: readonly (readonly ScreenPoint[][])[], tolerance: number): number {
  let best = -1;
  let bestDistance = tolerance;
  candidates.forEach((lines, i) => {
    const d = Math.min(Infinity, ...lines.map((l) => polylineDistance(p, l)));
    if (d < bestDistance || (d === bestDistance && best === -1 && d <= tolerance)) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}
