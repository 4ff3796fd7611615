/**
 * `<coop-error-panel>`: what went wrong with the data and the geometry, file
 * by file, in the user's language — which file, what is wrong with it, what
 * the page shows without it, and the details — with a Retry button that
 * emits `coop-retry`. Everything is rendered as text: file names and messages
 * may quote the data. Without issues, only an empty live region is rendered
 * (it announces the problem when one appears). The sentences that explain
 * each file (`issue-text.ts`, with their strings) are fetched when there is a
 * problem to tell: the live region names the files at once, the panel shows
 * when they have come; should they fail to load, the panel still names the
 * files, with the Retry.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { DataIssue } from '../../model/validate.ts';
import type { Lang } from '../../query/types.ts';
import { isLang, msg } from '../../i18n/index.ts';
import { emit } from '../events.ts';
import { sharedStyles } from '../shared-styles.ts';
import { groupByFile, UNUSABLE } from './issue-groups.ts';

const fetchSentences = () => import('./issue-text.ts');

/** Detail lines shown per file before "and N more". */
const MAX_DETAILS = 8;

export class CoopErrorPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        background: #fff1ee;
        border-bottom: 2px solid #a4262c;
        color: #1c1c1c;
        padding: 0.6rem 1rem 0.7rem;
        max-height: 40vh;
        overflow: auto;
      }
      .head {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.4rem 1rem;
      }
      h2 {
        margin: 0;
        color: #8a1c1c;
        font-size: 1rem;
      }
      .intro {
        margin: 0;
        color: #3d3a35;
      }
      .actions {
        display: flex;
        gap: 0.4rem;
        margin-left: auto;
      }
      .retry {
        background: #8a1c1c;
        border-color: #8a1c1c;
        color: #ffffff;
        font-weight: 700;
      }
      .retry:hover {
        background: #6e1414;
      }
      .retry[aria-disabled='true'] {
        opacity: 0.75;
        cursor: progress;
      }
      ul.files {
        list-style: none;
        margin: 0.5rem 0 0;
        padding: 0;
        display: grid;
        gap: 0.45rem;
      }
      li.file {
        background: #ffffff;
        border: 1px solid #e3b9b5;
        border-left: 4px solid #a4262c;
        border-radius: 4px;
        padding: 0.4rem 0.6rem;
      }
      li.file.schema {
        border-left-color: #8a5200;
      }
      .name {
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .what,
      .then {
        margin: 0.15rem 0 0;
      }
      .then {
        color: #3d3a35;
      }
      details {
        margin-top: 0.25rem;
      }
      summary {
        cursor: pointer;
        color: #0b4f9c;
        width: fit-content;
      }
      details ul {
        margin: 0.25rem 0 0;
        padding-left: 1.2rem;
      }
      details li {
        overflow-wrap: anywhere;
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-size: max(0.78rem, var(--min-text, 0px));
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.3rem 1rem;
        background: #fff1ee;
        border-bottom: 2px solid #a4262c;
      }
    `,
  ];
  static override properties = {
    issues: { attribute: false },
    lang: {},
    busy: { type: Boolean },
    collapsed: { state: true },
  };

  /** The issues to explain (from `loadAll`); none = no panel. */
  declare issues: readonly DataIssue[];
  /** UI language (`fr` or `en`). */
  declare lang: Lang;
  /** True while a retry is under way (attribute `busy`): the button says so and ignores clicks. */
  declare busy: boolean;
  /** Collapsed to a one-line bar by the user; opened again when the issues change. */
  declare private collapsed: boolean;

  constructor() {
    super();
    this.issues = [];
    this.lang = 'fr';
    this.busy = false;
    this.collapsed = false;
  }

  /** The sentences' module (see {@link fetchSentences}): asked for with the first issue, 'failed' if it could not load. */
  private sentences: Awaited<ReturnType<typeof fetchSentences>> | 'loading' | 'failed' | null = null;
  /** Settles when the sentences have come or failed (`updateComplete` waits for it). */
  private sentencesSettled: Promise<void> | null = null;

  /** Whether issues were shown before: when a retry clears them, the live region says so. */
  private hadIssues = false;
  private cleared = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('issues')) return;
    this.collapsed = false;
    this.cleared = this.hadIssues && this.issues.length === 0;
    this.hadIssues = this.issues.length > 0;
    if (this.hadIssues && this.sentences === null) {
      this.sentences = 'loading';
      this.sentencesSettled = fetchSentences().then(
        (module) => {
          this.sentences = module;
          this.requestUpdate();
        },
        (error: unknown) => {
          console.error('coopmap: the error panel’s sentences could not be loaded', error);
          this.sentences = 'failed';
          this.requestUpdate();
        },
      );
    }
  }

  /** Complete once the panel shows its sentences too (or has given up on them). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.sentences !== 'loading' || !this.sentencesSettled) return done;
    await this.sentencesSettled;
    return super.getUpdateComplete();
  }

  private retry(): void {
    if (!this.busy) emit(this, 'coop-retry', {});
  }

  override render() {
    const lang: Lang = isLang(this.lang) ? this.lang : 'fr';
    const t = msg(lang).dataErrors;
    const groups = groupByFile(this.issues);
    const unusable = groups.some((g) => UNUSABLE.has(g.category));
    // Always present, so that screen readers announce the problem when it appears (and when a retry clears it).
    const status = html`<p class="sr-only" role="status">
      ${
        groups.length > 0
          ? `${t.heading(unusable)}${msg(lang).format.colon} ${groups.map((g) => g.file).join(', ')}.`
          : this.cleared
            ? t.fixed
            : ''
      }
    </p>`;
    const text = this.sentences;
    if (this.issues.length === 0 || text === 'loading' || text === null) return status;
    const retry = html`<button
      class="btn retry"
      data-testid="retry"
      aria-disabled=${this.busy ? 'true' : 'false'}
      aria-describedby="retry-hint"
      @click=${this.retry}
    >
      ${this.busy ? t.retrying : t.retry}
    </button>`;
    if (this.collapsed) {
      return html`${status}
        <div class="bar" data-testid="error-panel" data-collapsed>
          <button class="link-btn" @click=${() => (this.collapsed = false)}>${t.show(groups.length)}</button>
          <span id="retry-hint" hidden>${t.retryHint}</span>
          ${retry}
        </div>`;
    }
    return html`${status}
      <section role="region" aria-labelledby="error-title" data-testid="error-panel">
        <div class="head">
          <h2 id="error-title"><span aria-hidden="true">⚠ </span>${t.heading(unusable)}</h2>
          <p class="intro">${t.intro}</p>
          <div class="actions">
            ${retry}
            <button class="btn" data-testid="error-hide" @click=${() => (this.collapsed = true)}>${t.hide}</button>
          </div>
          <span id="retry-hint" hidden>${t.retryHint}</span>
        </div>
        <ul class="files">
          ${groups.map(
            (g) =>
              html`<li class="file ${g.category === 'schema' ? 'schema' : ''}" data-file=${g.file} data-category=${g.category}>
                <span class="sr-only">${t.file} </span><span class="name">${g.file}</span>
                ${
                  text === 'failed'
                    ? nothing
                    : html`<p class="what">${text.fileSummary(g, lang)}</p>
                        <p class="then">${text.consequence(g.file, g.category, lang)}</p>`
                }
                ${
                  text !== 'failed' && (g.category === 'schema' || g.issues.length > 1 || g.category === 'truncated')
                    ? html`<details ?open=${g.issues.length <= 3}>
                        <summary>${t.details(g.issues.length)}</summary>
                        <ul>
                          ${g.issues.slice(0, MAX_DETAILS).map((i) => html`<li>${text.issueText(i, lang)}</li>`)}
                        </ul>
                        ${g.issues.length > MAX_DETAILS ? html`<p class="small">${t.more(g.issues.length - MAX_DETAILS)}</p>` : nothing}
                      </details>`
                    : nothing
                }
              </li>`,
          )}
        </ul>
      </section>`;
  }
}

customElements.define('coop-error-panel', CoopErrorPanel);

declare global {
  interface HTMLElementTagNameMap {
    'coop-error-panel': CoopErrorPanel;
  }
  interface HTMLElementEventMap {
    'coop-retry': CustomEvent<Record<string, never>>;
  }
}
