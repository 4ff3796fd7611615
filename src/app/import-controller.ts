/**
 * The import, wired into `<coop-map>`: the part that ships with the page.
 * It shows the button that opens the import, takes a file dropped anywhere
 * on the element, and at start looks in IndexedDB for an import kept from an
 * earlier visit. The rest — the dialog, reading and checking the files, the
 * badge, keeping and resetting (`import-lifecycle.ts`), the import's strings
 * and its core (`import-runtime.ts`) — loads only when it is used: a kept
 * import, a link asking for one (`data=local`), or the reader opening the
 * dialog.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { get } from 'idb-keyval';
import type { Dataset } from '../model/types.ts';
import type { Loaded } from '../model/load.ts';
import type { Lang } from '../query/types.ts';
import { msg } from '../i18n/index.ts';
import type { ImportLifecycle } from './import-lifecycle.ts';

/** A file as kept: its name and bytes (structured-cloned into IndexedDB). */
export interface StoredFile {
  name: string;
  bytes: Uint8Array;
}

/** What is kept in IndexedDB: the files and the choices they were accepted with. */
export interface StoredImport {
  version: 1;
  files: StoredFile[];
  mode: 'add' | 'replace';
  keep: 'reject' | 'valid';
}

export const STORE_KEY = 'coopmap-import';
/** The URL parameter saying the view depends on data kept in this browser. */
export const LOCAL_PARAM = 'data';

export interface ImportHost {
  /** The element's language now. */
  lang(): Lang;
  /** Whether the element owns the page URL (not in `<coop-map>` embedded in another page). */
  ownsUrl(): boolean;
  /** Shows `dataset` (an accepted import, or the published data back). */
  useDataset(dataset: Dataset): void;
}

export class ImportController implements ReactiveController {
  /** The import's lifecycle, once its code is here. */
  private lifecycle: ImportLifecycle | null = null;
  private loading: Promise<ImportLifecycle> | null = null;
  /** The published data and geometry, once loaded. */
  private published: Loaded | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ImportHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('drop', this.onDrop);
  }

  private readonly onDragOver = (e: DragEvent): void => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent): void => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    void this.load().then(
      (lifecycle) => lifecycle.open().then(() => lifecycle.addFiles(files)),
      () => undefined,
    );
  };

  /** The import's code: the lifecycle, the dialog and the badge, with the import's strings. */
  private load(): Promise<ImportLifecycle> {
    this.loading ??= import('./import-lifecycle.ts').then(
      ({ ImportLifecycle }) => {
        this.lifecycle = new ImportLifecycle(this.host, this.options, () => this.published);
        this.host.requestUpdate();
        return this.lifecycle;
      },
      (error: unknown) => {
        // A later click tries again.
        this.loading = null;
        console.error('coopmap: the import code could not be loaded', error);
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * Called once the element has loaded the published data: returns the
   * dataset of a kept import to show instead (null: show the published data,
   * and say why when the URL asked for local data). The import's code loads
   * only when something is kept or asked for.
   */
  async start(loaded: Loaded): Promise<Dataset | null> {
    this.published = loaded;
    const wantsLocal = this.options.ownsUrl() && new URLSearchParams(window.location.search).get(LOCAL_PARAM) === 'local';
    let stored: StoredImport | undefined;
    try {
      stored = await get<StoredImport>(STORE_KEY);
    } catch {
      stored = undefined; // IndexedDB unavailable (private mode, blocked): nothing kept.
    }
    const kept = stored && stored.version === 1 && Array.isArray(stored.files) ? stored : undefined;
    if (!kept && !wantsLocal) return null;
    try {
      return await (await this.load()).start(kept, wantsLocal);
    } catch {
      return null; // Without its code the import cannot be shown: the published data is.
    }
  }

  /** Opens the dialog with the files of the import shown now, if any. */
  private open(): void {
    void this.load().then(
      (lifecycle) => lifecycle.open(),
      () => undefined,
    );
  }

  // ——— what the element renders ———

  /** Where an imported record came from (`list` e.g. `establishments`), or undefined for published records. */
  origin(list: string, id: string): { file: string; line?: number } | undefined {
    return this.lifecycle?.origin(list, id);
  }

  /** The button that opens the dialog. */
  button() {
    const t = msg(this.options.lang()).importer;
    return html`<button class="hbtn" style="margin-top: 0.6rem" data-testid="import-open" title=${t.openLabel} @click=${() => this.open()}>
      ${t.open}
    </button>`;
  }

  /** The badge while imported data is shown, or a notice about local data. */
  badge() {
    return this.lifecycle?.badge() ?? nothing;
  }

  /** "importé de FILE, ligne N" for an imported establishment. */
  mark(list: string, id: string | null) {
    return this.lifecycle?.mark(list, id) ?? nothing;
  }

  /** The dialog, while open. */
  dialog() {
    return this.lifecycle?.dialog() ?? nothing;
  }
}
