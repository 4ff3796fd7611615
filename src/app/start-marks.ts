/**
 * The page's way to `ready`, as User Timing marks (`coopmap:<phase>`, each
 * set once per page, by the first map to get there): `npm run bench` reads
 * them to break navigation → ready down into phases, and a developer sees
 * them in the browser's performance panel.
 */
export const START_PHASES = ['data-loaded', 'map-created', 'style-loaded', 'data-handed', 'tiled', 'ready'] as const;
export type StartPhase = (typeof START_PHASES)[number];

/** The prefix of the marks' names. */
export const START_MARK = 'coopmap:';

const marked = new Set<StartPhase>();

/** Marks that the page reached `phase` (the first time only). */
export function markStart(phase: StartPhase): void {
  if (marked.has(phase)) return;
  marked.add(phase);
  globalThis.performance?.mark?.(`${START_MARK}${phase}`);
}
