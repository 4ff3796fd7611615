/**
 * Data issues (from `loadAll` and the validator, in plain English) told to
 * the user in their language: per file, one sentence saying what is wrong and
 * one saying what the page does without it; per issue, a detail line where
 * the known messages are translated. Pure: no DOM. The error panel fetches
 * this (with its strings, `i18n/issues.ts`) when there is a problem to tell.
 */
import type { DataIssue } from '../../model/validate.ts';
import type { Lang } from '../../query/types.ts';
import { categorize, type IssueCategory, UNUSABLE } from './issue-groups.ts';
import { issuesText } from '../../i18n/issues.ts';

const HTTP = /HTTP (\d{3})([^)]*)/;

/** One sentence: what is wrong with `file` (the file name is shown beside it). */
export function fileSummary(group: { category: IssueCategory; issues: DataIssue[] }, lang: Lang): string {
  const first = group.issues.find((i) => categorize(i) === group.category) ?? group.issues[0];
  const message = first?.message ?? '';
  const t = issuesText(lang);
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
  const t = issuesText(lang);
  if (category === 'computation') return t.computationConsequence;
  if (!UNUSABLE.has(category)) return t.partial;
  return t.without[file.slice(file.lastIndexOf('/') + 1)] ?? t.withoutOther;
}

/** One issue as a detail line: `record › field : message`, the message in `lang` where its catalogue translates it. */
export function issueText(issue: DataIssue, lang: Lang): string {
  const t = issuesText(lang);
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
