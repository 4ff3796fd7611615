/**
 * Runs the query layer's selectors for the element. A selector that throws
 * (a dataset it was not written for) yields its fallback so the rest of the
 * page keeps working, and is never hidden: it is logged with its input and
 * kept as an issue, by name, for the error panel.
 */
import type { DataIssue } from '../model/validate.ts';
import { COMPUTATION_FAILED } from '../ui/error-panel/issue-groups.ts';

export class SelectorGuard {
  private readonly failed = new Map<string, DataIssue>();

  /** `changed` is called once per newly failing selector (the element renders the panel again). */
  constructor(private readonly changed: () => void) {}

  run<T>(name: string, input: unknown, select: () => T, fallback: T): T {
    try {
      return select();
    } catch (error) {
      if (!this.failed.has(name)) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`coopmap: ${name} failed`, { input, error });
        this.failed.set(name, { file: name, message: `${COMPUTATION_FAILED} (${message})` });
        this.changed();
      }
      return fallback;
    }
  }

  /** The selectors that failed, as issues for the error panel. */
  get issues(): DataIssue[] {
    return [...this.failed.values()];
  }
}
