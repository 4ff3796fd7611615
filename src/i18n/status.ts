/** One line that says how a site value is known, in the UI's language (used wherever a site value is shown). */
import type { SiteValueStatus } from '../query/readings.ts';
import type { Lang } from '../query/types.ts';
import { msg, translated } from './index.ts';

export function siteValueStatusText(status: SiteValueStatus, lang: Lang): string {
  const t = msg(lang);
  const s = t.readings.status;
  const parts = [status.kind === 'stated' ? s.stated : status.kind === 'group' ? s.group(status.readings) : s.deduced(status.readings)];
  if (status.assumption) parts.push(`${s.assumption}${translated(lang, status.assumption, 'text')}`);
  return parts.join(' ');
}

/** The extra line for a site counted outside its commune's bassin, or null. */
export function elsewhereText(status: SiteValueStatus, countedIn: keyof ReturnType<typeof msg>['bassins'], lang: Lang): string | null {
  if (!status.communeBassin) return null;
  const t = msg(lang);
  return t.readings.status.elsewhere(t.bassins[countedIn], t.bassins[status.communeBassin]);
}
