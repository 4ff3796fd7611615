/**
 * One source as every panel shows it: the document's title and date, the
 * quote, and the file name in a tooltip (`sourceLabel` decides the words).
 */
import { html, type TemplateResult } from 'lit';
import type { SeedInfo, Source } from '../model/types.ts';
import { sourceLabel } from '../query/sourceLabel.ts';
import type { Lang } from '../query/types.ts';
import { formatDate, msg } from '../i18n/index.ts';

/** "Title, 20 sept. 2013" for a seed file. */
export function sourceTitle(file: string, seeds: readonly SeedInfo[] | undefined, lang: Lang): string {
  const label = sourceLabel(file, seeds, lang);
  const d = label.dated;
  const t = msg(lang).sourceDate;
  const when =
    d === null
      ? ''
      : d.kind === 'day'
        ? formatDate(d.date, lang)
        : d.kind === 'between'
          ? t.between(formatDate(d.after, lang), formatDate(d.before, lang))
          : t.from(d.after.slice(0, 4));
  return when ? `${label.title}, ${when}` : label.title;
}

/** A source line: title and date (file name as tooltip), then the quote. */
export function sourceRef(source: Source, seeds: readonly SeedInfo[] | undefined, lang: Lang): TemplateResult {
  return html`<cite class="source-title" title=${source.seed}>${sourceTitle(source.seed, seeds, lang)}</cite> <q>${source.quote}</q>`;
}
