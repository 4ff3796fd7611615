/**
 * Data issues sorted for the error panel: each issue's category (from its
 * message) and the issues grouped by file, worst first. Small and without
 * strings: the panel's live region names the files with it as soon as a
 * problem appears; the sentences that explain them (`issue-text.ts`) follow.
 */
import type { DataIssue } from '../../model/validate.ts';

/** The message of an issue that is not a file's but a computation's (a selector of the query layer that threw). */
export const COMPUTATION_FAILED = 'could not be computed';

/** What went wrong with a file, from the worst (nothing read) to the mildest (some records invalid). */
export type IssueCategory = 'missing' | 'unreachable' | 'empty' | 'truncated' | 'shape' | 'schema' | 'computation';

/** Categories where nothing of the file could be used. */
export const UNUSABLE: ReadonlySet<IssueCategory> = new Set(['missing', 'unreachable', 'empty', 'truncated', 'shape']);

const WORST: IssueCategory[] = ['missing', 'unreachable', 'empty', 'truncated', 'shape', 'schema', 'computation'];

/** The category of one issue, from its message. */
export function categorize(issue: DataIssue): IssueCategory {
  const m = issue.message;
  if (m.startsWith(COMPUTATION_FAILED)) return 'computation';
  if (/^could not be loaded \(HTTP 404\b/.test(m) || /^could not be loaded \(HTTP 410\b/.test(m)) return 'missing';
  if (m.startsWith('could not be loaded') || m.startsWith('cannot build a URL')) return 'unreachable';
  if (m === 'is empty') return 'empty';
  if (m.startsWith('is not valid JSON')) return 'truncated';
  if (
    m.startsWith('has no list of ') ||
    m.startsWith('is not an object with') ||
    m.startsWith('is not a TopoJSON Topology') ||
    m.startsWith('broken geometry')
  )
    return 'shape';
  return 'schema';
}

/** The issues grouped by file, in the order files first appear, each with its worst category. */
export function groupByFile(issues: readonly DataIssue[]): { file: string; category: IssueCategory; issues: DataIssue[] }[] {
  const groups = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.file) ?? [];
    list.push(issue);
    groups.set(issue.file, list);
  }
  return [...groups].map(([file, list]) => ({
    file,
    issues: list,
    category: WORST.find((c) => list.some((i) => categorize(i) === c)) ?? 'schema',
  }));
}
