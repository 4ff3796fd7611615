/** An import issue as text, in French or English: where (file, line, column), what is wrong, how to fix it. */
import { importerText } from '../i18n/importer-text.ts';
import type { ImportIssue } from './types.ts';

export interface IssueText {
  /** "etablissements.csv, ligne 4, colonne members". */
  where: string;
  what: string;
  fix: string;
}

/** The three parts of an issue's message in `lang`. */
export function issueText(issue: ImportIssue, lang: 'fr' | 'en'): IssueText {
  const t = importerText(lang);
  const column = issue.column !== undefined ? t.column(issue.column) : undefined;
  const record = issue.record !== undefined ? t.quoted(issue.record) : undefined;
  const where = [issue.file, issue.line !== undefined ? t.line(issue.line) : undefined, record, column]
    .filter((p): p is string => p !== undefined && p !== '')
    .join(', ');
  const say = t.issues[issue.code] ?? ((): string => issue.code);
  const what = say(issue.params) + (issue.params['cascade'] ? t.cascade : '');
  const fix =
    issue.code === 'rule' ? t.ruleFix(String(issue.params['text'] ?? '')) : (t.fixes[issue.code]?.(issue.params) ?? t.ruleFix(''));
  return { where, what, fix };
}

/** One line: "where: what — fix". What the maintainers' check prints. */
export function formatImportIssue(issue: ImportIssue, lang: 'fr' | 'en'): string {
  const { where, what, fix } = issueText(issue, lang);
  const t = importerText(lang);
  return `${issue.severity === 'error' ? t.error : t.warning} · ${where}${t.colon}${what} — ${fix}`;
}
