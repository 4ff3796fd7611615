/**
 * `<coop-import-dialog>`: the import dialog — pick or drop files, see how
 * each was read (kind, encoding, separator) and every located problem, choose
 * what to do with errors and with the published data, then Accept. Also the
 * CSV templates, a short guide and the export of the data shown. Everything
 * shown from a file is text (lit escapes it), never markup.
 *
 * Events (through `emit`): `coop-import-files` `{files: File[]}`,
 * `coop-import-options` `{keep?, mode?}`, `coop-import-accept`,
 * `coop-import-close`, `coop-import-download` `{what, name}`.
 *
 * Over 350 lines: one dialog with its steps (files, choices, problems, result) and their keyboard and focus handling.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../query/types.ts';
import { msg } from '../../i18n/index.ts';
import { importerText } from '../../i18n/importer-text.ts';
import { issueText } from '../../import/format.ts';
import type { ImportIssue } from '../../import/types.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';

/** How one file was read, as the dialog lists it. */
export interface FileSummary {
  file: string;
  kind: string | null;
  encoding?: string;
  separator?: string;
  records: number;
}

/** The outcome with the current choices. */
export interface ResultSummary {
  errors: number;
  warnings: number;
  kept: number;
  refused: number;
  /** Whether Accept would show something. */
  usable: boolean;
}

/** Detail of `coop-import-download`. */
export interface DownloadDetail {
  what: 'template' | 'json' | 'csv';
  name: string;
}

/** At most this many problems are listed; a last line says how many more. */
const MAX_SHOWN = 200;

export class CoopImportDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        width: min(56rem, 94vw);
        max-height: 90vh;
        padding: 0;
        border: 1px solid #667;
        border-radius: 6px;
      }
      .body {
        padding: 1rem 1.25rem;
        display: grid;
        gap: 0.75rem;
      }
      h2 {
        margin: 0;
        font-size: 1.15rem;
      }
      h3 {
        margin: 0.25rem 0 0;
        font-size: 0.95rem;
      }
      .privacy {
        margin: 0;
        color: #1f4d2b;
      }
      .drop {
        border: 2px dashed #667;
        border-radius: 6px;
        padding: 0.9rem;
        text-align: center;
      }
      .drop.over {
        background: #eef4ff;
        border-color: #1f4fa8;
      }
      ul {
        margin: 0;
        padding-left: 1.1rem;
      }
      .files li {
        overflow-wrap: anywhere;
      }
      .issues {
        list-style: none;
        padding: 0;
        max-height: 40vh;
        overflow: auto;
        border: 1px solid #ccd;
        border-radius: 4px;
      }
      .issues li {
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid #e3e3ea;
        overflow-wrap: anywhere;
      }
      .issues li.error {
        border-left: 4px solid #a4161a;
      }
      .issues li.warning {
        border-left: 4px solid #b58a00;
      }
      .sev {
        font-weight: 700;
      }
      .where {
        font-family: ui-monospace, monospace;
        font-size: max(0.85rem, var(--min-text, 0px));
      }
      .fix {
        display: block;
        color: #444;
        font-size: max(0.85rem, var(--min-text, 0px));
      }
      fieldset {
        border: 1px solid #ccd;
        border-radius: 4px;
        margin: 0;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        align-items: center;
      }
      .result {
        margin: 0;
        font-weight: 600;
      }
      .btn {
        min-height: 2rem;
        padding: 0.2rem 0.7rem;
      }
      .primary {
        background: #1f4fa8;
        color: #fff;
        border-color: #1f4fa8;
      }
      .primary:disabled {
        background: #8a97b3;
        border-color: #8a97b3;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.35rem;
      }
      details {
        font-size: 0.9rem;
      }
    `,
  ];
  static override properties = {
    lang: {},
    open: { type: Boolean },
    files: { attribute: false },
    issues: { attribute: false },
    result: { attribute: false },
    keep: {},
    mode: {},
    busy: { type: Boolean },
    over: { state: true },
  };

  /** UI language. */
  declare lang: Lang;
  /** Whether the dialog is shown (modal). */
  declare open: boolean;
  /** The files read so far, in order. */
  declare files: readonly FileSummary[];
  /** Every problem found, located. */
  declare issues: readonly ImportIssue[];
  /** What Accept would do with the current choices; null before any file. */
  declare result: ResultSummary | null;
  /** What to do with a file with errors. */
  declare keep: 'reject' | 'valid';
  /** Add to, or replace, the published data. */
  declare mode: 'add' | 'replace';
  /** Files are being read. */
  declare busy: boolean;
  declare private over: boolean;

  constructor() {
    super();
    this.lang = 'fr';
    this.open = false;
    this.files = [];
    this.issues = [];
    this.result = null;
    this.keep = 'reject';
    this.mode = 'add';
    this.busy = false;
    this.over = false;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  private pick(list: FileList | null | undefined): void {
    const files = [...(list ?? [])];
    if (files.length > 0) emit(this, 'coop-import-files', { files });
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    e.stopPropagation();
    this.over = false;
    this.pick(e.dataTransfer?.files);
  }

  private download(what: DownloadDetail['what'], name: string): void {
    emit(this, 'coop-import-download', { what, name });
  }

  override render() {
    const t = importerText(this.lang);
    const shown = this.issues.slice(0, MAX_SHOWN);
    const more = this.issues.length - shown.length;
    return html`<dialog
      aria-labelledby="import-title"
      data-testid="import-dialog"
      @close=${() => emit(this, 'coop-import-close', null)}
      @cancel=${() => emit(this, 'coop-import-close', null)}
    >
      <div class="body">
        <h2 id="import-title">${t.title}</h2>
        <p class="privacy">${t.privacy}</p>
        <div
          class="drop ${this.over ? 'over' : ''}"
          data-testid="import-drop"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.onDrop}
        >
          <label
            >${t.drop} ${t.pick}${t.colon}
            <input
              type="file"
              data-testid="import-input"
              multiple
              accept=".csv,.json,.txt,text/csv,application/json"
              @change=${(e: Event) => this.pick((e.target as HTMLInputElement).files)}
          /></label>
          ${this.busy ? html`<p role="status">${t.reading}</p>` : nothing}
        </div>
        ${
          this.files.length > 0
            ? html`<ul class="files" data-testid="import-files">
                ${this.files.map(
                  (f) =>
                    html`<li data-file=${f.file}>
                      <strong>${f.file}</strong> —
                      ${t.fileLine(f.kind ? (t.kind[f.kind] ?? f.kind) : t.unknownKind, f.encoding ? (t.encoding[f.encoding] ?? f.encoding) : '—', f.separator ? (t.separator[f.separator] ?? f.separator) : '', f.records)}
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          this.result
            ? html`<p role="status" data-testid="import-summary">${t.summary(this.result.errors, this.result.warnings)}</p>
                ${
                  shown.length > 0
                    ? html`<ul class="issues" data-testid="import-issues">
                        ${shown.map((issue) => {
                          const { where, what, fix } = issueText(issue, this.lang);
                          return html`<li
                            class=${issue.severity}
                            data-code=${issue.code}
                            data-file=${issue.file}
                            data-line=${issue.line ?? ''}
                            data-column=${issue.column ?? ''}
                          >
                            <span class="sev">${issue.severity === 'error' ? t.error : t.warning}</span> ·
                            <span class="where">${where}</span>${t.colon}${what}
                            <span class="fix">${t.fix}${t.colon}${fix}</span>
                          </li>`;
                        })}
                        ${more > 0 ? html`<li>${msg(this.lang).dataErrors.more(more)}</li>` : nothing}
                      </ul>`
                    : nothing
                }
                <div class="choices">
                  <fieldset>
                    <legend>${t.keepLegend}</legend>
                    ${(['reject', 'valid'] as const).map(
                      (k) =>
                        html`<label
                            ><input
                              type="radio"
                              name="keep"
                              data-testid=${`keep-${k}`}
                              .checked=${this.keep === k}
                              @change=${() => emit(this, 'coop-import-options', { keep: k })}
                            />
                            ${k === 'reject' ? t.keepReject : t.keepValid}</label
                          ><br />`,
                    )}
                  </fieldset>
                  <fieldset>
                    <legend>${t.modeLegend}</legend>
                    ${(['add', 'replace'] as const).map(
                      (m) =>
                        html`<label
                            ><input
                              type="radio"
                              name="mode"
                              data-testid=${`mode-${m}`}
                              .checked=${this.mode === m}
                              @change=${() => emit(this, 'coop-import-options', { mode: m })}
                            />
                            ${m === 'add' ? t.modeAdd : t.modeReplace}</label
                          ><br />`,
                    )}
                  </fieldset>
                </div>
                <p class="result" data-testid="import-result">
                  ${this.result.usable ? t.result(this.result.kept, this.result.refused) : t.nothing}
                </p>`
            : nothing
        }
        <div class="actions">
          <button class="btn" data-testid="import-cancel" @click=${() => emit(this, 'coop-import-close', null)}>${t.cancel}</button>
          <button
            class="btn primary"
            data-testid="import-accept"
            ?disabled=${!this.result?.usable || this.busy}
            @click=${() => emit(this, 'coop-import-accept', null)}
          >
            ${t.accept}
          </button>
        </div>
        <details>
          <summary>${t.templates} · ${t.guideHeading}</summary>
          <div class="links">
            ${(['establishments', 'cooperations', 'siteValues'] as const).map(
              (k) =>
                html`<button class="btn" data-testid=${`template-${k}`} @click=${() => this.download('template', k)}>
                  ${t.template[k]}
                </button>`,
            )}
          </div>
          <ul>
            ${t.guide.map((line) => html`<li>${line}</li>`)}
          </ul>
        </details>
        <details>
          <summary>${t.exportHeading}</summary>
          <div class="links">
            <span>${t.exportJson}${t.colon.trimEnd()}</span>
            ${['establishments.json', 'cooperations.json', 'posts.json', 'figures.json'].map(
              (name) =>
                html`<button class="btn" data-testid=${`export-${name}`} @click=${() => this.download('json', name)}>${name}</button>`,
            )}
          </div>
          <div class="links">
            <span>${t.exportCsv}${t.colon.trimEnd()}</span>
            ${(['establishments', 'cooperations', 'siteValues'] as const).map(
              (k) =>
                html`<button class="btn" data-testid=${`export-${k}.csv`} @click=${() => this.download('csv', `${k}.csv`)}>
                  ${t.template[k]}
                </button>`,
            )}
          </div>
        </details>
      </div>
    </dialog>`;
  }
}

customElements.define('coop-import-dialog', CoopImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'coop-import-dialog': CoopImportDialog;
  }
}

declare global {
  interface HTMLElementEventMap {
    'coop-import-files': CustomEvent<{ files: File[] }>;
    'coop-import-download': CustomEvent<DownloadDetail>;
    'coop-import-options': CustomEvent<{ keep?: 'reject' | 'valid'; mode?: 'add' | 'replace' }>;
    'coop-import-accept': CustomEvent<null>;
    'coop-import-close': CustomEvent<null>;
  }
}
