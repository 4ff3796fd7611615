/**
 * How the post maps were read, for the panels: the status of one site value
 * (stated, deduced, group value; under which assumption; from how many
 * readings; counted outside its commune's bassin), and the whole "how this
 * map was read" view. Everything comes from `data/posts.json`, whose site
 * values and reading counts a unit test checks against the solver
 * (`src/model/postMapReadings.ts`): nothing is solved in the page.
 */
import type { BassinId, PostMap, PostsData, SiteValue } from '../model/types.ts';
import { BASSIN_IDS } from '../model/types.ts';

/** What one line under a site value says about it. */
export interface SiteValueStatus {
  /** `stated`: written against its site; `deduced`: one site, same in every reading; `group`: several sites, only the sum is sure. */
  kind: 'stated' | 'deduced' | 'group';
  /** Number of readings that agree on it (absent for stated values or without map facts). */
  readings: number | null;
  /** The assumption the deduction needs, if any. */
  assumption: { id: string; text: string; textEn: string } | null;
  /** The bassin of the site's commune, when the readings count it elsewhere. */
  communeBassin: BassinId | null;
}

/** The status of one site value, read from the map facts of its scheme. */
export function siteValueStatus(
  value: Pick<SiteValue, 'scheme' | 'certainty' | 'establishments' | 'assumption' | 'communeBassin'>,
  posts: Pick<PostsData, 'maps'>,
): SiteValueStatus {
  const kind = value.certainty === 'stated' ? 'stated' : value.establishments.length > 1 ? 'group' : 'deduced';
  const map = (posts.maps ?? []).find((m) => m.scheme === value.scheme);
  const assumption = map?.assumptions.find((a) => a.id === value.assumption) ?? null;
  const count = kind === 'stated' ? undefined : map?.readingCounts.find((c) => c.assumption === (value.assumption ?? null));
  return {
    kind,
    readings: count ? count.readings : null,
    assumption: assumption ? { id: assumption.id, text: assumption.text, textEn: assumption.textEn } : null,
    communeBassin: value.communeBassin ?? null,
  };
}

/** One published map, as the "how this map was read" view shows it. */
export interface MapReadingView {
  scheme: PostMap['scheme'];
  hub: string;
  /** Published totals per bassin, in bassin order. */
  totals: { bassin: BassinId; value: number }[];
  /** Labels of the label block, the hub included where the slide has it. */
  labels: string[];
  values: number[];
  adjacentPairs: { label: string; value: number }[];
  unvalued: string[];
  looseValues: number[];
  legendValues: number[];
  /** Values written against their site (the Métropole list). */
  stated: SiteValue[];
  /** Per assumption (null: none), how many readings fit and what they agree on. */
  readings: { assumption: { id: string; text: string; textEn: string } | null; count: number; agreed: SiteValue[]; shown: boolean }[];
  /** Part of each total that no reading attributes to a site (total − site values shown), where positive. */
  unattributed: { bassin: BassinId; value: number }[];
  sources: PostMap['sources'];
}

/** How `readingCounts[].agreed` names a site value: its establishments joined by `+`. */
const agreedKey = (v: SiteValue): string => v.establishments.join('+');

/** The "how this map was read" view of every post map in the data. */
export function mapReadingsView(posts: Pick<PostsData, 'maps' | 'siteValues' | 'bassinTotals'>): MapReadingView[] {
  return (posts.maps ?? []).map((map) => {
    const siteValues = posts.siteValues.filter((v) => v.scheme === map.scheme);
    const totals = BASSIN_IDS.flatMap((bassin) => {
      const t = posts.bassinTotals.find((x) => x.scheme === map.scheme && x.bassin === bassin);
      return t ? [{ bassin, value: t.value }] : [];
    });
    const readings = map.readingCounts.map((c) => {
      const a = map.assumptions.find((x) => x.id === c.assumption) ?? null;
      return {
        assumption: a ? { id: a.id, text: a.text, textEn: a.textEn } : null,
        count: c.readings,
        agreed: siteValues.filter((v) => v.certainty !== 'stated' && c.agreed.includes(agreedKey(v))),
        shown: c.assumption === map.defaultAssumption,
      };
    });
    const unattributed = totals.flatMap(({ bassin, value }) => {
      const left = value - siteValues.filter((v) => v.bassin === bassin).reduce((sum, v) => sum + v.value, 0);
      return left > 0 ? [{ bassin, value: left }] : [];
    });
    return {
      scheme: map.scheme,
      hub: map.hub,
      totals,
      labels: map.labelBlock.map((s) => s.label),
      values: map.valueBlock,
      adjacentPairs: map.adjacentPairs.map((p) => ({ label: p.label, value: p.value })),
      unvalued: map.unvalued.map((s) => s.label),
      looseValues: map.looseValues,
      legendValues: map.legendValues,
      stated: siteValues.filter((v) => v.certainty === 'stated'),
      readings,
      unattributed,
      sources: map.sources,
    };
  });
}
