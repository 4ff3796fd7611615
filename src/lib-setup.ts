/**
 * First module of the library build: before `<coop-map>` is defined, make
 * every element load its data from next to the script (not the host page),
 * leave the host page's URL alone, and register the UI font (Noto Sans,
 * shipped next to the script) with the page.
 */
import boldFont from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { setDefaultBase, setOwnsUrl } from './app/runtime.ts';

setDefaultBase(new URL(/* @vite-ignore */ '.', import.meta.url).href);
setOwnsUrl(false);

for (const [weight, url] of [
  ['400', regularFont],
  ['700', boldFont],
] as const) {
  const face = new FontFace('Noto Sans', `url(${JSON.stringify(new URL(url, import.meta.url).href)}) format('woff2')`, {
    weight,
    style: 'normal',
    display: 'swap',
  });
  document.fonts.add(face);
  face.load().catch((error: unknown) => console.warn('coopmap: font', error));
}
