/**
 * How `<coop-map>` is hosted: by the app page (`index.html`: data next to the
 * page, the state in the page's URL) or by another page through the library
 * build (`dist/coop-map.js`: data next to the script, the host page's URL
 * left alone). The library entry sets both before the element is defined.
 */

let dataBase: string | null = null;
let ownsUrl = true;

/** Sets where the data and geometry are loaded from when an element has no `base` (a URL ending in `/`). */
export function setDefaultBase(url: string): void {
  dataBase = url;
}

/** The base URL data files are fetched from: the library script's folder, or the page's base URL. */
export function defaultBase(): string {
  return dataBase ?? document.baseURI;
}

/** Whether elements sync their state with the page URL and history (the app page: yes; a host page: no). */
export function setOwnsUrl(value: boolean): void {
  ownsUrl = value;
}

export function elementOwnsUrl(): boolean {
  return ownsUrl;
}
