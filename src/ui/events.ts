/**
 * The one helper every component sends its events through: CustomEvents that
 * bubble and cross shadow roots (`composed`), Shoelace-style.
 */
export function emit<T>(source: HTMLElement, name: string, detail: T): boolean {
  return source.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

/** Detail of `coop-select`: an establishment or bassin id to focus, or null to clear the focus. */
export interface SelectDetail {
  id: string | null;
}
