/**
 * The benchmark's reference page: the same MapLibre as the app, a
 * background-only style, the app's framing. `window.coopBenchReady` is set
 * at the first `idle` (the app's `ready` means the same: first idle with all
 * its layers), and `window.benchMap` exposes the map for repaint timing.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);
const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#cfdde8' } }] },
  bounds: [1.55, 49.97, 4.26, 51.09],
  attributionControl: false,
  fadeDuration: 0,
});
window.benchMap = map;
map.once('idle', () => {
  window.coopBenchReady ??= performance.now();
});
