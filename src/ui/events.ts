/**
 * The one helper every component sends its events through: CustomEvents that
 * bubble and cross shadow roots (`composed`), Shoelace-style. Typed: an
 * event's name must be declared in `HTMLElementEventMap` (each component
 * declares its own), and its detail must have the declared type, so a
 * listener (`@coop-select=${…}`, `addEventListener`) and the sender agree.
 */

/** The detail type of a declared CustomEvent. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Sends `name` with `detail` from `source`; returns false when a listener cancelled it. */
export function emit<K extends keyof HTMLElementEventMap>(source: HTMLElement, name: K, detail: EventDetail<K>): boolean {
  return source.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

/** Detail of `coop-select`: an establishment or bassin id to focus, or null to clear the focus. */
export interface SelectDetail {
  id: string | null;
}

/** Detail of `coop-dismiss`: the notice to hide, or null for all of them. */
export interface DismissDetail {
  id: string | null;
}

declare global {
  interface HTMLElementEventMap {
    'coop-select': CustomEvent<SelectDetail>;
    'coop-dismiss': CustomEvent<DismissDetail>;
  }
}
