/**
 * Data issues (from `loadAll` and the validator, in plain English) told to
 * the user in their language: per file, one sentence saying what is wrong and
 * one saying what the page does without it; per issue, a detail line where
 * the known messages are translated. Pure: no DOM.
 */
import type { DataIssue } from '../../model/validate.ts';
import type { Lang } from '../../query/types.ts';
import { msg } from '../../i18n/index.ts';

/** What went wrong with a file, from the worst (nothing read) to the mildest (some records invalid). */
export type IssueCategory = 'missing' | 'unreachable' | 'empty' | 'truncated' | 'shape' | 'schema' | 'computation';

/** Categories where nothing of the file could be used. */
export const UNUSABLE: ReadonlySet<IssueCategory> = new Set(['missing', 'unreachable', 'empty', 'truncated', 'shape']);

const WORST: IssueCategory[] = ['missing', 'unreachable', 'empty', 'truncated', 'shape', 'schema', 'computation'];

/** The message of an issue that is not a file's but a computation's (a selector of the query layer that threw). */
export const COMPUTATION_FAILED = 'could not be computed';

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

const HTTP = /HTTP (\d{3})([^)]*)/;

/** One sentence: what is wrong with `file` (the file name is shown beside it). */
export function fileSummary(group: { category: IssueCategory; issues: DataIssue[] }, lang: Lang): string {
  const first = group.issues.find((i) => categorize(i) === group.category) ?? group.issues[0];
  const message = first?.message ?? '';
  const t = msg(lang).dataIssues;
  switch (group.category) {
    case 'missing':
      return t.missing(HTTP.exec(message)?.[1] ?? '404');
    case 'unreachable': {
      const http = HTTP.exec(message);
      return http ? t.refused(http[1] as string) : t.network;
    }
    case 'empty':
      return t.empty;
    case 'truncated':
      return t.truncated(/\((\d+) characters read\)/.exec(message)?.[1]);
    case 'shape':
      return t.shape;
    case 'schema':
      return t.schema(group.issues.length);
    case 'computation':
      return t.computation;
  }
}

/** What the page does without `file` (or with its invalid records left out). */
export function consequence(file: string, category: IssueCategory, lang: Lang): string {
  const t = msg(lang).dataIssues;
  if (category === 'computation') return t.computationConsequence;
  if (!UNUSABLE.has(category)) return t.partial;
  return t.without[file.slice(file.lastIndexOf('/') + 1)] ?? t.withoutOther;
}

/** One issue as a detail line: `record › field : message`, the message in `lang` where its catalogue translates it. */
export function issueText(issue: DataIssue, lang: Lang): string {
  const t = msg(lang).dataIssues;
  let message = issue.message;
  for (const [pattern, say] of t.messages) {
    const m = pattern.exec(message);
    if (m) {
      message = say(m);
      break;
    }
  }
  const where = [issue.record, issue.field].filter((p): p is string => p !== undefined && p !== '').join(' › ');
  if (where === '') return message.charAt(0).toUpperCase() + message.slice(1);
  return t.line(where, message);
}
