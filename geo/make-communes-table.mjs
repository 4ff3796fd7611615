// One-off generator of geo/communes.csv (commune → zone de proximité), kept so
// the table can be re-derived and reviewed. The table, not this script, is the
// authority: build.mjs only reads it. Run: node geo/make-communes-table.mjs
//
// Rules (documented in geo/README.md, "Communes → zones"):
//   1. a commune belongs to the 2018 arrondissement it overlaps most;
//   2. arrondissements other than Dunkerque (59004) and Lille (59005) map to one zone;
//   3. in those two, the 2015 canton the commune overlaps most decides;
//   4. where a canton straddles two zones, a named commune list decides.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, bbox, featureCollection, intersect } from '@turf/turf';
import { COMMUNE_FILES, ROOT, csvText, readCsv, readSource } from './sources.mjs';

/** Rule 2: arrondissements (source codes) that are one zone each. */
const ZONE_BY_ARRONDISSEMENT = {
  59001: 'sambre-avesnois', // Avesnes-sur-Helpe
  59002: 'cambresis', // Cambrai
  59003: 'douaisis', // Douai
  59006: 'valenciennois', // Valenciennes
  62001: 'arrageois', // Arras
  62002: 'bethune-bruay', // Béthune
  62003: 'boulonnais', // Boulogne-sur-Mer
  62004: 'montreuillois', // Montreuil
  62005: 'audomarois', // Saint-Omer
  62006: 'calaisis', // Calais
  62007: 'lens-henin', // Lens
};

/** Rule 3: 2015 cantons (source codes) of the two split arrondissements. */
const ZONE_BY_CANTON = {
  // Arrondissement of Dunkerque (59004).
  59008: 'flandre-interieure', // Bailleul (with Cassel, Boeschepe, Godewaersvelde…)
  59021: 'flandre-interieure', // Hazebrouck (with Merville, Estaires, La Gorgue…)
  59012: 'dunkerquois', // Coudekerque-Branche
  59016: 'dunkerquois', // Dunkerque-1
  59017: 'dunkerquois', // Dunkerque-2
  59020: 'dunkerquois', // Grande-Synthe
  59041: 'dunkerquois', // Wormhout, except the list below
  // Arrondissement of Lille (59005).
  59013: 'roubaix-tourcoing', // Croix (Croix, Hem, Lannoy, Lys-lez-Lannoy, Wasquehal)
  59032: 'roubaix-tourcoing', // Roubaix-1
  59033: 'roubaix-tourcoing', // Roubaix-2 (Leers, Wattrelos)
  59037: 'roubaix-tourcoing', // Tourcoing-1 (Halluin, Neuville-en-Ferrain, Roncq)
  59038: 'roubaix-tourcoing', // Tourcoing-2
  59002: 'lille', // Annœullin
  59004: 'lille', // Armentières
  59018: 'lille', // Faches-Thumesnil
  59022: 'lille', // Lambersart
  59023: 'lille', // Lille-1
  59024: 'lille', // Lille-2
  59025: 'lille', // Lille-3
  59026: 'lille', // Lille-4
  59027: 'lille', // Lille-5
  59028: 'lille', // Lille-6
  59036: 'lille', // Templeuve
  59040: 'lille', // Villeneuve-d'Ascq, except the list below
};

/** Rule 4: commune lists (INSEE codes) for the two straddling cantons. */
const LISTS = {
  // Canton of Wormhout (59041) joins the Dunkerquois hinterland to the former
  // cantons of Cassel and Steenvoorde, which belong with Hazebrouck and
  // Bailleul (Communauté de communes de Flandre intérieure since 2014). Their
  // other communes (Cassel, Oxelaëre, Sainte-Marie-Cappel, Boeschepe, Eecke,
  // Godewaersvelde, Saint-Sylvestre-Cappel) are in the canton of Bailleul.
  'ex-cantons-cassel-steenvoorde': {
    canton: '59041',
    zone: 'flandre-interieure',
    communes: {
      59018: 'Arnèke',
      59054: 'Bavinchove',
      59119: 'Buysscheure',
      59282: 'Hardifort',
      59436: 'Noordpeene',
      59443: 'Ochtezeele',
      59516: 'Rubrouck',
      59655: 'Wemaers-Cappel',
      59667: 'Zermezeele',
      59669: 'Zuytpeene',
      59318: 'Houtkerque',
      59453: 'Oudezeele',
      59580: 'Steenvoorde',
      59587: 'Terdeghem',
      59662: 'Winnezeele',
    },
  },
  // Canton of Villeneuve-d'Ascq (59040): its eastern communes, of the former
  // canton of Lannoy, lie between Lannoy and the Belgian border, on the
  // Roubaix side.
  'ex-canton-lannoy': {
    canton: '59040',
    zone: 'roubaix-tourcoing',
    communes: {
      59247: 'Forest-sur-Marque',
      59522: 'Sailly-lez-Lannoy',
      59598: 'Toufflers',
      59660: 'Willems',
    },
  },
};

/** The polygon of `candidates` that covers the largest share of `commune`, with that share. */
function largestOverlap(commune, candidates) {
  const [x0, y0, x1, y1] = bbox(commune);
  const total = area(commune);
  let best = { code: null, share: 0 };
  for (const candidate of candidates) {
    const [a0, b0, a1, b1] = (candidate.bbox ??= bbox(candidate));
    if (a0 > x1 || a1 < x0 || b0 > y1 || b1 < y0) continue;
    const common = intersect(featureCollection([commune, candidate]));
    const share = common ? area(common) / total : 0;
    if (share > best.share) best = { code: candidate.properties.code, share };
  }
  return best;
}

function main() {
  const zoneIds = new Set(readCsv(resolve(ROOT, 'geo/zones.csv')).map((zone) => zone.id));
  const arrondissements = ['arrondissements-59-nord.geojson', 'arrondissements-62-pas-de-calais.geojson'].flatMap(
    (name) => readSource(name).features,
  );
  const cantons = ['cantons-59-nord.geojson', 'cantons-62-pas-de-calais.geojson'].flatMap((name) => readSource(name).features);
  const communes = COMMUNE_FILES.flatMap((name) => readSource(name).features);
  const listed = new Map();
  for (const [name, list] of Object.entries(LISTS)) {
    for (const insee of Object.keys(list.communes)) listed.set(insee, { name, ...list });
  }

  const rows = [];
  const weak = [];
  for (const commune of communes) {
    const { code: insee, nom: name } = commune.properties;
    const arrondissement = largestOverlap(commune, arrondissements);
    if (arrondissement.share < 0.9) weak.push(`${insee} ${name}: arrondissement ${arrondissement.code} ${arrondissement.share.toFixed(2)}`);
    let zone = ZONE_BY_ARRONDISSEMENT[arrondissement.code];
    let rule = `arrondissement:${arrondissement.code}`;
    if (!zone) {
      const canton = largestOverlap(commune, cantons);
      if (canton.share < 0.7) weak.push(`${insee} ${name}: canton ${canton.code} ${canton.share.toFixed(2)}`);
      const list = listed.get(insee);
      if (list) {
        if (list.canton !== canton.code) throw new Error(`${insee} ${name} is listed for canton ${list.canton}, found in ${canton.code}`);
        if (list.communes[insee] !== name) throw new Error(`${insee} is ${name}, listed as ${list.communes[insee]}`);
        zone = list.zone;
        rule = `list:${list.name}`;
      } else {
        zone = ZONE_BY_CANTON[canton.code];
        rule = `canton:${canton.code}`;
      }
      if (!zone) throw new Error(`${insee} ${name}: no zone for canton ${canton.code} of arrondissement ${arrondissement.code}`);
    }
    if (!zoneIds.has(zone)) throw new Error(`unknown zone ${zone}`);
    rows.push({ insee, name, zone, rule });
  }
  const missing = [...listed.keys()].filter((insee) => !rows.some((row) => row.insee === insee));
  if (missing.length > 0) throw new Error(`listed communes not in the source: ${missing.join(', ')}`);

  rows.sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));
  writeFileSync(resolve(ROOT, 'geo/communes.csv'), csvText(['insee', 'name', 'zone', 'rule'], rows));
  console.log(`geo/communes.csv: ${rows.length} communes`);
  for (const line of weak) console.log(`  weak overlap (checked by hand): ${line}`);
}

main();
