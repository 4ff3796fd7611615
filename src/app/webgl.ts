/**
 * Whether this browser has WebGL 2 at all. A browser without the API gets
 * the static map straight away, without fetching the interactive map's code.
 *
 * Whether it can actually give MapLibre a context (a GPU on the blocklist,
 * WebGL turned off) is learnt by asking for it once: MapLibre creating its
 * own context throws `GPUInitializationError` (leaving the container as it
 * was), and the map falls back to the static map then. A separate test
 * context, created and lost before the map, cost every load 20 to 30 ms of
 * the main thread with software WebGL, for the rare browser that has none.
 */
export function webglAvailable(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
