/**
 * The import's lifecycle, loaded when it is used (see `import-controller.ts`):
 * reads the files picked or dropped, shows in the dialog what the import
 * would do, and on Accept swaps the dataset the element shows. Until then the
 * view does not change. The accepted files and choices are kept in IndexedDB
 * (idb-keyval) and imported again on the next visit; the URL then carries
 * `data=local`, and a link with `data=local` opened where no import is kept
 * says so and shows the published data.
 *
 * The files are read with `File.arrayBuffer()`: nothing is sent anywhere.
 * The import core, the commune table and the dialog load with the first
 * file or kept import (`import-runtime.ts`).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { del, set } from 'idb-keyval';
import type { Dataset } from '../model/types.ts';
import type { Loaded } from '../model/load.ts';
import type { Lang } from '../query/types.ts';
import { msg } from '../i18n/index.ts';
import { ensureImporterText, importerReady, importerText } from '../i18n/importer-text.ts';
import type { DownloadDetail } from '../ui/import-dialog/import-dialog.ts';
import '../ui/import-badge/import-badge.ts';
import { LOCAL_PARAM, STORE_KEY, type ImportHost, type StoredImport, type StoredFile } from './import-controller.ts';

type Runtime = typeof import('./import-runtime.ts');
type ParsedFile = import('./import-runtime.ts').ParsedFile;
type ImportResult = import('./import-runtime.ts').ImportResult;

/** The map's extent when the geometry has no bbox: the schema's bounds for coordinates. */
const FALLBACK_EXTENT = [-5, 41, 10, 52] as const;

export class ImportLifecycle {
  private runtime: Runtime | null = null;
  /** The import shown now. */
  private active: (StoredImport & { provenance: Record<string, { file: string; line?: number }> }) | null = null;
  /** The dialog's files and choices; only Accept makes them active. */
  private pending: {
    files: StoredFile[];
    parsed: ParsedFile[];
    mode: 'add' | 'replace';
    keep: 'reject' | 'valid';
    result: ImportResult | null;
  } | null = null;
  private busy = false;
  /** A notice about local data that could not be shown (translated when rendered). */
  private notice: '' | 'localMissing' | 'localRefused' = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ImportHost,
    /** The published data and geometry, once loaded. */
    private readonly loaded: () => Loaded | null,
  ) {}

  private get published(): Dataset | null {
    return this.loaded()?.dataset ?? null;
  }

  /** The map's extent: the geometry's bbox, or the schema's bounds for coordinates. */
  private get extent(): readonly [number, number, number, number] {
    const bbox = this.loaded()?.geo?.bbox;
    return bbox && bbox.length >= 4 ? ([bbox[0], bbox[1], bbox[2], bbox[3]] as const) : FALLBACK_EXTENT;
  }

  /** The language the import's parts are drawn in: the element's, once its import strings are here (French until then). */
  private lang(): Lang {
    const lang = this.options.lang();
    if (importerReady(lang)) return lang;
    void ensureImporterText(lang).then(() => this.host.requestUpdate());
    return 'fr';
  }

  private async loadRuntime(): Promise<Runtime> {
    this.runtime ??= await import('./import-runtime.ts');
    return this.runtime;
  }

  /**
   * At start, with what IndexedDB keeps (`stored`, if anything): returns the
   * dataset of the kept import to show instead (null: show the published
   * data, and say why when the URL asked for local data, `wantsLocal`).
   */
  async start(stored: StoredImport | undefined, wantsLocal: boolean): Promise<Dataset | null> {
    await ensureImporterText(this.options.lang());
    const published = this.published;
    if (!stored || !published) {
      if (wantsLocal) {
        this.notice = 'localMissing';
        this.setUrl(false);
      }
      this.host.requestUpdate();
      return null;
    }
    const runtime = await this.loadRuntime();
    const parsed = stored.files.map((f) => runtime.parseImportFile(f.name, f.bytes));
    const result = runtime.buildImport(parsed, published, {
      mode: stored.mode,
      keep: stored.keep,
      communeZones: runtime.communeZones,
      extent: this.extent,
    });
    if (!result.dataset) {
      this.notice = 'localRefused';
      this.setUrl(false);
      this.host.requestUpdate();
      return null;
    }
    this.active = { ...stored, provenance: result.provenance };
    this.setUrl(true);
    this.host.requestUpdate();
    return result.dataset;
  }

  /** Opens the dialog with the files of the import shown now, if any (new files join them). */
  async open(): Promise<void> {
    const runtime = await this.loadRuntime();
    if (!this.pending) {
      // A copy: files picked in the dialog join the import only on Accept.
      const files = [...(this.active?.files ?? [])];
      this.pending = {
        files,
        parsed: files.map((f) => runtime.parseImportFile(f.name, f.bytes)),
        mode: this.active?.mode ?? 'add',
        keep: this.active?.keep ?? 'reject',
        result: null,
      };
      this.recompute();
    }
    this.host.requestUpdate();
  }

  private close(): void {
    this.pending = null;
    this.host.requestUpdate();
  }

  /** Reads picked or dropped files (a file above the size limit is refused from its size, unread). */
  async addFiles(files: File[]): Promise<void> {
    const runtime = await this.loadRuntime();
    if (!this.pending) await this.open();
    this.busy = true;
    this.host.requestUpdate();
    for (const file of files) {
      const refused = runtime.refuseTooLarge(file.name, file.size);
      const pending = this.pending;
      if (!pending) break;
      // A file of the same name replaces the earlier one.
      const at = pending.files.findIndex((f) => f.name === file.name);
      if (at !== -1) {
        pending.files.splice(at, 1);
        pending.parsed.splice(at, 1);
      }
      if (refused) {
        pending.files.push({ name: file.name, bytes: new Uint8Array(0) });
        pending.parsed.push(refused);
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        bytes = new Uint8Array(0);
      }
      pending.files.push({ name: file.name, bytes });
      pending.parsed.push(runtime.parseImportFile(file.name, bytes));
    }
    this.busy = false;
    this.recompute();
    this.host.requestUpdate();
  }

  private recompute(): void {
    const runtime = this.runtime;
    const pending = this.pending;
    if (!runtime || !pending || !this.published) return;
    pending.result =
      pending.parsed.length === 0
        ? null
        : runtime.buildImport(pending.parsed, this.published, {
            mode: pending.mode,
            keep: pending.keep,
            communeZones: runtime.communeZones,
            extent: this.extent,
          });
  }

  private setOptions(detail: { keep?: 'reject' | 'valid'; mode?: 'add' | 'replace' }): void {
    if (!this.pending) return;
    if (detail.keep) this.pending.keep = detail.keep;
    if (detail.mode) this.pending.mode = detail.mode;
    this.recompute();
    this.host.requestUpdate();
  }

  /** Accept: the dialog's import becomes the view, and is kept for the next visit. */
  private async accept(): Promise<void> {
    const pending = this.pending;
    const dataset = pending?.result?.dataset;
    if (!pending || !pending.result || !dataset) return;
    // Files refused whole (too large, unreadable) are not worth keeping.
    const files = pending.files.filter((_, i) => pending.parsed[i]?.issues.every((issue) => issue.code !== 'too-large'));
    const stored: StoredImport = { version: 1, files, mode: pending.mode, keep: pending.keep };
    this.active = { ...stored, provenance: pending.result.provenance };
    this.notice = '';
    this.pending = null;
    this.options.useDataset(dataset);
    this.setUrl(true);
    this.host.requestUpdate();
    try {
      await set(STORE_KEY, stored);
    } catch {
      // Not kept (IndexedDB unavailable): the import still shows until the page is left.
    }
  }

  /** Back to the published data; the kept import is forgotten. */
  async reset(): Promise<void> {
    this.active = null;
    if (this.published) this.options.useDataset(this.published);
    this.setUrl(false);
    this.host.requestUpdate();
    try {
      await del(STORE_KEY);
    } catch {
      // nothing kept
    }
  }

  /** Writes or removes `data=local` in the URL, keeping everything else (no new history entry). */
  private setUrl(local: boolean): void {
    if (!this.options.ownsUrl()) return;
    const params = new URLSearchParams(window.location.search);
    if (local === (params.get(LOCAL_PARAM) === 'local')) return;
    if (local) params.set(LOCAL_PARAM, 'local');
    else params.delete(LOCAL_PARAM);
    const query = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
  }

  private async download(detail: DownloadDetail): Promise<void> {
    const runtime = await this.loadRuntime();
    const shown = this.currentDataset();
    if (!shown || !this.published) return;
    const lang = this.options.lang();
    const separator = msg(lang).exported.csvSeparator === ';' ? ';' : ',';
    let text: string | undefined;
    let name = detail.name;
    if (detail.what === 'template') {
      const kind = detail.name as 'establishments' | 'cooperations' | 'siteValues';
      text = runtime.templateCsv(kind, this.published, separator);
      name = importerText(lang).template[kind] ?? `${kind}.csv`;
    } else if (detail.what === 'json') text = runtime.exportJson(shown)[detail.name];
    else text = runtime.exportCsv(shown, separator)[detail.name];
    if (text === undefined) return;
    const url = URL.createObjectURL(new Blob([text], { type: detail.what === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private currentDataset(): Dataset | null {
    if (!this.published) return null;
    if (!this.active || !this.runtime) return this.published;
    const parsed = this.active.files.map((f) => this.runtime!.parseImportFile(f.name, f.bytes));
    return this.runtime.buildImport(parsed, this.published, {
      mode: this.active.mode,
      keep: this.active.keep,
      communeZones: this.runtime.communeZones,
      extent: this.extent,
    }).dataset;
  }

  // ——— what the element renders ———

  /** Where an imported record came from (`list` e.g. `establishments`), or undefined for published records. */
  origin(list: string, id: string): { file: string; line?: number } | undefined {
    return this.active?.provenance[`${list}:${id}`];
  }

  /** The badge while imported data is shown, or a notice about local data. */
  badge() {
    const files = this.active?.files.map((f) => f.name) ?? [];
    if (files.length === 0 && !this.notice) return nothing;
    return html`<coop-import-badge
      .lang=${this.lang()}
      .files=${files}
      .notice=${this.notice ? importerText(this.lang())[this.notice] : ''}
      @coop-import-reset=${() => void this.reset()}
      @coop-dismiss=${(e: Event) => {
        e.stopPropagation();
        this.notice = '';
        this.host.requestUpdate();
      }}
    ></coop-import-badge>`;
  }

  /** "importé de FILE, ligne N" for an imported establishment. */
  mark(list: string, id: string | null) {
    const origin = id ? this.origin(list, id) : undefined;
    if (!origin) return nothing;
    return html`<coop-import-mark .lang=${this.lang()} .file=${origin.file} .line=${origin.line}></coop-import-mark>`;
  }

  /** The dialog, while open. */
  dialog() {
    const pending = this.pending;
    if (!pending || !this.runtime) return nothing;
    const result = pending.result;
    return html`<coop-import-dialog
      open
      .lang=${this.lang()}
      .files=${pending.parsed.map((p) => ({ file: p.file, kind: p.kind, encoding: p.encoding, separator: p.separator, records: p.records.length }))}
      .issues=${result?.issues ?? []}
      .result=${result ? { errors: result.errors, warnings: result.warnings, kept: result.kept, refused: result.refused, usable: result.dataset !== null } : null}
      .keep=${pending.keep}
      .mode=${pending.mode}
      ?busy=${this.busy}
      @coop-import-files=${(e: CustomEvent<{ files: File[] }>) => void this.addFiles(e.detail.files)}
      @coop-import-options=${(e: CustomEvent<{ keep?: 'reject' | 'valid'; mode?: 'add' | 'replace' }>) => this.setOptions(e.detail)}
      @coop-import-accept=${() => void this.accept()}
      @coop-import-close=${() => this.close()}
      @coop-import-download=${(e: CustomEvent<DownloadDetail>) => void this.download(e.detail)}
    ></coop-import-dialog>`;
  }
}
