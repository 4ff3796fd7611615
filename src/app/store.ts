/**
 * The app state and its history, apart from any rendering: `Store` holds the
 * current `AppState` and tells listeners when it changes; `HistorySync` keeps
 * it in the URL (`replaceState` while a control is dragged, `pushState` on a
 * discrete change) and restores it on back/forward. Scene and embed modes can
 * drive the same store without touching the view.
 */
import type { Dataset } from '../model/types.ts';
import { RESERVED_PARAMS, parseUrl, serializeState, type UrlNotice } from './url.ts';
import type { AppState, HistoryMode, StatePatch } from '../query/types.ts';

export type { HistoryMode, StatePatch } from '../query/types.ts';

export interface StoreChange {
  state: AppState;
  previous: AppState;
  history: HistoryMode;
  /** False for a `push` that changed nothing: it only ends a gesture (e.g. a slider released). */
  changed: boolean;
}

/** `patch` applied to `state` (new objects for every changed part; unchanged parts are shared). */
export function applyPatch(state: AppState, patch: StatePatch): AppState {
  return {
    lang: patch.lang ?? state.lang,
    filters: patch.filters ? { ...state.filters, ...patch.filters } : state.filters,
    view: patch.view ? { ...state.view, ...patch.view } : state.view,
    selection: patch.selection ? { ...state.selection, ...patch.selection } : state.selection,
  };
}

/** Holds the state; listeners hear every change with its history mode. */
export class Store {
  private listeners = new Set<(change: StoreChange) => void>();
  constructor(private current: AppState) {}

  get state(): AppState {
    return this.current;
  }

  /** Applies a patch; nothing happens (and no one is told) when it changes nothing. */
  update(patch: StatePatch, history: HistoryMode = 'push'): boolean {
    return this.replace(applyPatch(this.current, patch), history);
  }

  /** Replaces the whole state. A `push` that changes nothing still tells listeners (`changed: false`). */
  replace(next: AppState, history: HistoryMode = 'push'): boolean {
    const previous = this.current;
    const changed = serializeState(next) !== serializeState(previous);
    if (!changed && history !== 'push') return false;
    if (changed) this.current = next;
    for (const listener of this.listeners) listener({ state: this.current, previous, history, changed });
    return changed;
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The query string of `state`, keeping the parameters other modes own (scene, embed, controls). */
export function queryFor(state: AppState, currentSearch: string): string {
  const kept = new URLSearchParams(currentSearch);
  const own = serializeState(state);
  const reserved = [...kept.entries()].filter(([k]) => RESERVED_PARAMS.includes(k));
  const extra = reserved.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const query = [own, extra].filter((s) => s !== '').join('&');
  return query === '' ? '' : `?${query}`;
}

/**
 * Binds a store to `window.history`: writes the URL after each change and
 * restores the state on popstate. A continuous gesture (a run of `replace`
 * changes: dragging the slider, playing the timeline) opens one history entry
 * with `pushState` and then rewrites it with `replaceState`, so Back returns
 * to where the gesture started; a `push` ends the gesture.
 */
export class HistorySync {
  private readonly onPopState = (): void => {
    const { state } = parseUrl(window.location.search, this.dataset);
    this.store.replace(state, 'none');
  };
  private unsubscribe: () => void = () => {};
  private inGesture = false;

  constructor(
    private readonly store: Store,
    private readonly dataset: Pick<Dataset, 'establishments' | 'cooperations'> | undefined,
  ) {}

  /** Reads the current URL into the store (no history entry) and starts syncing. */
  start(): UrlNotice[] {
    const { state, notices } = parseUrl(window.location.search, this.dataset);
    this.store.replace(state, 'none');
    this.unsubscribe = this.store.subscribe(({ state: next, history, changed }) => {
      if (history === 'none') {
        this.inGesture = false;
        return;
      }
      if (!changed) {
        this.inGesture = false;
        return;
      }
      const url = `${window.location.pathname}${queryFor(next, window.location.search)}${window.location.hash}`;
      if (history === 'replace' && this.inGesture) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      this.inGesture = history === 'replace';
    });
    window.addEventListener('popstate', this.onPopState);
    return notices;
  }

  stop(): void {
    this.unsubscribe();
    window.removeEventListener('popstate', this.onPopState);
  }
}
