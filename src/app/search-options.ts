/**
 * The search box's options from the query layer's results: what each result
 * is called and the line under it (commune and kind of an establishment, the
 * topic that matched a cooperation, the zone of a commune), in the reader's
 * language. Pure.
 */
import type { Zone } from '../model/types.ts';
import type { SearchResult } from '../query/search.ts';
import type { Lang } from '../query/types.ts';
import type { SearchOption } from '../ui/search/search.ts';
import { translated, msg } from '../i18n/index.ts';

export function searchOptions(
  results: readonly SearchResult[],
  lang: Lang,
  zones: readonly Zone[],
  imported: (establishmentId: string) => boolean,
): SearchOption[] {
  const t = msg(lang);
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  return results.map((r): SearchOption => {
    switch (r.type) {
      case 'bassin':
        return { id: r.id, label: t.bassins[r.id], detail: t.search.bassin };
      case 'zone':
        return { id: `zone:${r.id}`, label: r.zone.name, detail: t.explore.searchZone(t.bassins[r.zone.bassin]) };
      case 'establishment': {
        const e = r.establishment;
        const mark = imported(e.id) ? ` · ${t.importer.imported}` : '';
        return { id: r.id, label: e.shortName, detail: `${e.commune.name} · ${t.kinds[e.kind]}${mark}` };
      }
      case 'cooperation': {
        const c = r.cooperation;
        const topic = r.matched === 'topic' && r.topic ? ` · ${t.explore.searchTopic(r.topic)}` : '';
        return { id: c.id, label: translated(lang, c, 'name'), detail: `${t.linkKinds[c.kind]}${topic}` };
      }
      case 'commune':
        return {
          id: `commune:${r.id}`,
          label: r.commune.name,
          detail: t.explore.searchCommune(r.id, zoneName.get(r.commune.zone) ?? r.commune.zone, r.postcode),
        };
    }
  });
}
