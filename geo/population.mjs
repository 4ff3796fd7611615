// Population pipeline: INSEE legal populations (via @etalab/decoupage-administratif 0.7.0)
// joined to the 1,539 communes of geo/communes.csv → geo/population.json.
// Run: node geo/population.mjs [<output path>]   (default: geo/population.json; `npm run geo` runs it too)
// Each step is a plain function; main() chains them in order. See geo/README.md, "Population".
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, readCsv } from './sources.mjs';

const PACKAGE = '@etalab/decoupage-administratif';
const PACKAGE_VERSION = '0.7.0';

/**
 * What the numbers are. The package's README only links INSEE's page; the vintage is
 * stated by the header of the INSEE table the package was built from (its
 * sources/population2019.xls at tag v0.7.0): "Populations légales des communes en
 * vigueur au 1er janvier 2019 … limites territoriales en vigueur au 1er janvier 2018 …
 * Date de référence statistique : 1er janvier 2016 … Insee, Recensement de la population
 * 2016"; the column used is "Population municipale".
 */
const VINTAGE = {
  year: 2016,
  measure: 'population municipale',
  reference: '2016-01-01',
  inForce: '2019-01-01',
  limits: '2018-01-01',
};
const CREDIT =
  'Population : Insee, populations légales 2016 (population municipale), via @etalab/decoupage-administratif 0.7.0, Licence Ouverte';

/**
 * Communes of our 2018 geometry that the package (COG 2019) no longer lists, with the figure
 * taken from the same INSEE table (sheet "Communes", limits of 1 January 2018). The package
 * keys populations by 2019 code, so a commune absorbed on 1 January 2019 loses its own
 * figure, and its pole keeps only the pole's own 2018 figure (Bonnières: 659 in both). The
 * build checks, from the package's own history, that each one was absorbed into the named
 * pole, so this list cannot silently cover anything else.
 */
const ABSORBED = [{ insee: '62210', name: 'Canteleux', pole: '62154', population: 15, date: '2019-01-01' }];

/**
 * INSEE's own totals (sheet "Départements" of the same table): the sum of our communes must
 * equal them exactly, which proves that no commune was lost or counted twice.
 */
const DEPARTEMENT_TOTALS = { 59: 2_603_723, 62: 1_470_725 };

// read: the package's communes and history, and our three tables, loaded once.
function read() {
  const pkgDir = resolve(ROOT, 'node_modules', PACKAGE);
  const pkg = JSON.parse(readFileSync(resolve(pkgDir, 'package.json'), 'utf8'));
  if (pkg.version !== PACKAGE_VERSION) throw new Error(`${PACKAGE}: expected ${PACKAGE_VERSION}, found ${pkg.version}`);
  return {
    communes: JSON.parse(readFileSync(resolve(pkgDir, 'data/communes.json'), 'utf8')),
    history: JSON.parse(readFileSync(resolve(pkgDir, 'data/historique-communes.json'), 'utf8')),
    table: readCsv(resolve(ROOT, 'geo/communes.csv')),
    zones: readCsv(resolve(ROOT, 'geo/zones.csv')),
    bassins: readCsv(resolve(ROOT, 'geo/bassins.csv')),
  };
}

// joinPopulations: each 2018 commune takes the package's figure for its code (a commune-actuelle
// of 2019 with the same code); the absorbed ones take the pinned INSEE figure after the package's
// history confirms the absorption. Anything else unmatched stops the build.
function joinPopulations(table, communes, history) {
  const current = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  const absorbed = new Map(ABSORBED.map((a) => [a.insee, a]));
  return table.map((row) => {
    const found = current.get(row.insee);
    if (found) {
      if (!Number.isInteger(found.population)) throw new Error(`${PACKAGE}: ${row.insee} ${row.name} has no population`);
      return { insee: row.insee, zone: row.zone, population: found.population, postcodes: found.codesPostaux.toSorted(), via: 'package' };
    }
    const known = absorbed.get(row.insee);
    if (!known) throw new Error(`${PACKAGE}: no commune ${row.insee} ${row.name} in COG 2019, and it is not a known absorption`);
    checkAbsorption(known, history);
    const pole = current.get(known.pole);
    if (!pole) throw new Error(`${PACKAGE}: pole ${known.pole} of ${known.insee} is not a 2019 commune`);
    // Postcodes: the package lists none for an absorbed commune; its addresses are the pole's.
    return { insee: row.insee, zone: row.zone, population: known.population, postcodes: pole.codesPostaux.toSorted(), via: 'absorbed' };
  });
}

/** Whether the package's history says `a.insee` was absorbed into `a.pole` on `a.date`; throws if not. */
function checkAbsorption(a, history) {
  const ended = history.find((h) => h.type === 'COM' && h.code === a.insee && h.dateFin === a.date);
  const member = history.find((h) => h.type === 'COMP' && h.code === a.insee && h.dateDebut === a.date);
  if (!ended || !/absorbée/.test(ended.raisonFin ?? '') || !member || member.pole !== `COM-${a.pole}@${a.date}`) {
    throw new Error(`${PACKAGE} history: ${a.insee} ${a.name} is not recorded as absorbed into ${a.pole} on ${a.date}`);
  }
}

// aggregate: zones from communes, bassins from zones, the region from bassins (same tables as the geometry).
function aggregate(joined, zones, bassins) {
  const byZone = Object.fromEntries(zones.map((z) => [z.id, 0]));
  for (const c of joined) byZone[c.zone] += c.population;
  const byBassin = Object.fromEntries(bassins.map((b) => [b.id, 0]));
  for (const z of zones) byBassin[z.bassin] += byZone[z.id];
  const region = Object.values(byBassin).reduce((sum, v) => sum + v, 0);
  return { byZone, byBassin, region };
}

// checkTotals: the communes must add up to INSEE's département totals, to the inhabitant.
function checkTotals(joined) {
  for (const [code, total] of Object.entries(DEPARTEMENT_TOTALS)) {
    const sum = joined.filter((c) => c.insee.startsWith(code)).reduce((s, c) => s + c.population, 0);
    if (sum !== total) throw new Error(`département ${code}: communes sum to ${sum}, INSEE says ${total}`);
  }
}

// serialize: fixed key order, table order, one commune a line: rebuilding gives the same bytes,
// and a diff shows which commune changed.
function serialize(joined, totals) {
  const head = {
    credit: CREDIT,
    source: `${PACKAGE} ${PACKAGE_VERSION} (data/communes.json), INSEE table "Populations légales des communes en vigueur au 1er janvier 2019"`,
    vintage: VINTAGE,
    note: `Communes of geo/communes.csv (COG 2018). ${ABSORBED.map((a) => `${a.insee} ${a.name}`).join(', ')}: absorbed on ${ABSORBED[0].date}, absent from the package; figure from the same INSEE table.`,
    region: totals.region,
    bassins: totals.byBassin,
    zones: totals.byZone,
  };
  const body = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  const rows = joined.map((c) => JSON.stringify([c.insee, c.population, c.postcodes.join(' ')]));
  return `${body},\n "columns": ["insee","population","postcodes"],\n "communes": [\n${rows.join(',\n')}\n ]\n}\n`;
}

function main() {
  const output = resolve(process.argv[2] ?? resolve(ROOT, 'geo/population.json'));
  const sources = read();
  const joined = joinPopulations(sources.table, sources.communes, sources.history);
  checkTotals(joined);
  const totals = aggregate(joined, sources.zones, sources.bassins);
  const text = serialize(joined, totals);
  writeFileSync(output, text);
  const absorbed = joined.filter((c) => c.via === 'absorbed').length;
  console.log(`${output}: ${Buffer.byteLength(text)} bytes, ${joined.length} communes (${absorbed} absorbed), region ${totals.region}`);
}

main();
