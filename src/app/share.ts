/**
 * What "Copier le lien" and "Copier le code d'intégration" put on the
 * clipboard: the address of the view shown, and an iframe of it in embed mode
 * (16:9, the size the embed is laid out for, lazy-loaded, titled). Pure.
 */

/** The embed address of a view: the same state, `embed=1`. */
export function embedUrl(viewUrl: string): string {
  const url = new URL(viewUrl);
  url.searchParams.set('embed', '1');
  return url.href;
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe snippet for `viewUrl`, titled `title` (the map's name, in the reader's language). */
export function embedCode(viewUrl: string, title: string, size: { width: number; height: number } = { width: 960, height: 540 }): string {
  return `<iframe src="${escapeAttribute(embedUrl(viewUrl))}" width="${size.width}" height="${size.height}" title="${escapeAttribute(title)}" loading="lazy" style="border:0;max-width:100%" allow="fullscreen"></iframe>`;
}
