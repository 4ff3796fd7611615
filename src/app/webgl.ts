/**
 * Whether this browser can give MapLibre a WebGL 2 context. Asked once,
 * before the map is built, so a browser without WebGL gets the static map
 * straight away rather than after an error.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
