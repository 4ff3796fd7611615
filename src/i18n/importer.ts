/**
 * Strings of the data import (dialog, badge, guide) and of its messages, in
 * French (the reference; English in `importer.en.ts`). Each message says
 * what is wrong (`issues`) and how to fix it (`fixes`); `rule` messages come
 * from the shipped data's validator in English and are put into French by
 * `ruleFr`. They load with the import's code, not with the page (read them
 * through `importer-text.ts`); the few the page shows before — the button
 * that opens the import, the search's "imported" mark — are in `fr.ts`.
 */

export type P = Record<string, string | number>;
export const s = (v: unknown): string => String(v ?? '');
const LISTS_FR: Record<string, string> = { cooperations: 'coopérations', siteValues: 'valeurs par site' };
const KINDS_FR: Record<string, string> = { establishments: 'établissements', cooperations: 'coopérations', siteValues: 'valeurs par site' };

/** The validator's English messages, in French (most frequent forms; anything else stays in English). */
const RULES_FR: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^is required when "(.*)" is present$/, (m) => `obligatoire quand « ${m[1]} » est rempli`],
  [/^is required for an establishment in Nord-Pas-de-Calais$/, () => 'obligatoire pour un établissement du Nord-Pas-de-Calais'],
  [/^is required$/, () => 'obligatoire'],
  [/^is not an allowed property$/, () => 'propriété inconnue'],
  [/^must be absent outside Nord-Pas-de-Calais$/, () => 'doit rester vide hors Nord-Pas-de-Calais'],
  [/^must not be present here$/, () => 'ne doit pas être rempli ici'],
  [/^must match pattern YYYY-MM-DD, got (.*)$/, (m) => `doit être une date AAAA-MM-JJ (ou JJ/MM/AAAA), lu : ${m[1]}`],
  [/^must be a kebab-case id .*, got (.*)$/, (m) => `doit être un identifiant en minuscules, chiffres et tirets simples, lu : ${m[1]}`],
  [/^must be an INSEE commune code .*, got (.*)$/, (m) => `doit être un code INSEE de 5 caractères, p. ex. 59350, lu : ${m[1]}`],
  [/^must be a non-negative integer, got (.*)$/, (m) => `doit être un entier positif ou nul, lu : ${m[1]}`],
  [/^must be a non-negative number, got (.*)$/, (m) => `doit être un nombre positif ou nul, lu : ${m[1]}`],
  [/^must be of type (\w+), got (.*)$/, (m) => `doit être de type ${m[1]}, lu : ${m[2]}`],
  [/^must be at least (.*), got (.*)$/, (m) => `doit valoir au moins ${m[1]}, lu : ${m[2]}`],
  [/^must be at most (.*), got (.*)$/, (m) => `doit valoir au plus ${m[1]}, lu : ${m[2]}`],
  [/^must be one of (.*), got (.*)$/, (m) => `doit être l’une des valeurs ${m[1]}, lu : ${m[2]}`],
  [/^must have at least (\d+) items?$/, (m) => `doit contenir au moins ${m[1]} élément${m[1] === '1' ? '' : 's'}`],
  [/^must not contain duplicates(.*)$/, () => 'ne doit pas contenir de doublon'],
  [/^must not be empty$/, () => 'ne doit pas être vide'],
  [/^must be at least (\d+) characters long$/, (m) => `doit compter au moins ${m[1]} caractères`],
  [/^unknown establishment id (.*)$/, (m) => `établissement inconnu : ${m[1]}`],
  [/^duplicate member (.*) \(already (.*)\)$/, (m) => `membre en double : ${m[1]} (déjà ${m[2]})`],
  [/^hub "(.*)" is not one of the members$/, (m) => `le pivot « ${m[1]} » n’est pas un des membres`],
  [/^hub "(.*)" is the only member: it would link to itself$/, (m) => `le pivot « ${m[1]} » est le seul membre : il serait lié à lui-même`],
  [/^(.*) is not a calendar date$/, (m) => `${m[1]} n’est pas une date du calendrier`],
  [
    /^a date of precision "(\w+)" must be written (.*), got (.*)$/,
    (m) => `une date de précision « ${m[1]} » s’écrit ${m[2]}, lu : ${m[3]}`,
  ],
  [/^unknown scheme (.*)$/, (m) => `dispositif inconnu : ${m[1]}`],
  [/^establishment "(.*)" has no bassin, not (.*)$/, (m) => `l’établissement « ${m[1]} » n’est dans aucun bassin, pas dans ${m[2]}`],
  [
    /^establishment "(.*)" is in bassin "(.*)", not (.*)$/,
    (m) => `l’établissement « ${m[1]} » est dans le bassin « ${m[2]} », pas ${m[3]}`,
  ],
  [/^commune (.*) is not in the commune table$/, (m) => `la commune ${m[1]} n’est pas dans la table des communes (geo/communes.csv)`],
  [/^commune (.*) belongs to zone "(.*)", not (.*)$/, (m) => `la commune ${m[1]} est dans la zone « ${m[2]} », pas ${m[3]}`],
  [/^commune (.*) belongs to bassin "(.*)", not (.*)$/, (m) => `la commune ${m[1]} est dans le bassin « ${m[2]} », pas ${m[3]}`],
  [/^second (grand )?total for (.*)$/, (m) => `second total pour ${m[2]}`],
  [/^could not be read \((.*)\)$/, (m) => `n’a pas pu être lu (${m[1]})`],
];

function ruleFr(text: string): string {
  for (const [re, fr] of RULES_FR) {
    const m = re.exec(text);
    if (m) return fr(m);
  }
  return text;
}

/** How to fix a `rule` problem, from its English text. */
export function ruleFix(text: string, lang: 'fr' | 'en'): string {
  const fr = lang === 'fr';
  if (text.startsWith('unknown establishment id'))
    return fr
      ? 'Utilisez l’id d’un établissement publié ou importé (fichier des établissements), ou importez-le aussi.'
      : 'Use the id of a published or imported establishment, or import that establishment too.';
  if (/calendar date|YYYY-MM-DD|precision/.test(text))
    return fr ? 'Écrivez une date qui existe, AAAA-MM-JJ ou JJ/MM/AAAA.' : 'Write a date that exists, YYYY-MM-DD or DD/MM/YYYY.';
  if (/non-negative integer/.test(text))
    return fr
      ? 'Écrivez un nombre entier (0, 1, 2…), sans décimale ni signe moins.'
      : 'Write a whole number (0, 1, 2…), without decimals or a minus sign.';
  if (/^commune .* belongs to|commune table/.test(text))
    return fr
      ? 'Corrigez le code INSEE, ou la zone et le bassin : geo/communes.csv donne la zone de chaque commune.'
      : 'Correct the INSEE code, or the zone and bassin: geo/communes.csv gives the zone of each commune.';
  if (text.startsWith('hub'))
    return fr
      ? 'Le pivot doit être l’un des membres, et il faut au moins un autre membre.'
      : 'The hub must be one of the members, with at least one other member.';
  if (text.startsWith('duplicate member')) return fr ? 'Citez chaque membre une seule fois.' : 'List each member once.';
  if (/^establishment ".*" (is in|has no) bassin/.test(text))
    return fr
      ? 'Donnez le bassin de l’établissement, ou rattachez la valeur à un établissement de ce bassin.'
      : 'Give the establishment’s bassin, or attach the value to an establishment of that bassin.';
  if (text.startsWith('must be one of'))
    return fr ? 'Choisissez l’une des valeurs proposées (voir le modèle).' : 'Pick one of the listed values (see the template).';
  if (/^is required|must not be empty/.test(text))
    return fr ? 'Remplissez cette case (voir le modèle).' : 'Fill in this cell (see the template).';
  return fr
    ? 'Corrigez la valeur comme indiqué (voir le modèle et le guide).'
    : 'Correct the value as said (see the template and the guide).';
}

export const mb = (n: unknown): string => `${Math.round((Number(n) / 1024 / 1024) * 10) / 10}`;

export const importerFr = {
  title: 'Importer des données',
  privacy: 'Tout se passe dans votre navigateur : le fichier n’est envoyé nulle part.',
  drop: 'Déposez un fichier CSV ou JSON ici, ou',
  pick: 'choisissez un fichier',
  dropHere: 'Déposez le fichier pour l’importer',
  reading: 'Lecture…',
  encoding: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 avec BOM', 'windows-1252': 'Windows-1252 (Excel français)' } as Record<string, string>,
  separator: { ';': 'point-virgule (;)', ',': 'virgule (,)' } as Record<string, string>,
  kind: {
    establishments: 'établissements (CSV)',
    cooperations: 'coopérations (CSV)',
    siteValues: 'valeurs par site (CSV)',
    'establishments.json': 'establishments.json',
    'cooperations.json': 'cooperations.json',
    'posts.json': 'posts.json',
    'figures.json': 'figures.json',
  } as Record<string, string>,
  fileLine: (kind: string, encoding: string, separator: string, rows: number): string =>
    `${kind} · ${rows} enregistrement${rows > 1 ? 's' : ''} · encodage ${encoding}${separator ? ` · séparateur ${separator}` : ''}`,
  unknownKind: 'type non reconnu',
  summary: (errors: number, warnings: number): string =>
    errors === 0 && warnings === 0
      ? 'Aucun problème trouvé.'
      : `${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}.`,
  error: 'Erreur',
  warning: 'Avertissement',
  line: (n: number | string): string => `ligne ${n}`,
  column: (n: number | string): string => `colonne ${n}`,
  quoted: (record: string): string => `« ${record} »`,
  colon: ' : ',
  fix: 'Correction',
  keepLegend: 'En cas d’erreur',
  keepReject: 'Refuser le fichier entier',
  keepValid: 'Garder les lignes valides',
  modeLegend: 'Données publiées',
  modeAdd: 'Ajouter aux données publiées',
  modeReplace: 'Remplacer les données publiées du même type',
  result: (kept: number, refused: number): string =>
    `${kept} enregistrement${kept > 1 ? 's' : ''} importé${kept > 1 ? 's' : ''}, ${refused} refusé${refused > 1 ? 's' : ''}.`,
  nothing: 'Rien à importer avec ces choix.',
  accept: 'Accepter',
  cancel: 'Annuler',
  badge: (files: string): string => `Données importées : ${files}`,
  reset: 'Revenir aux données publiées',
  importedFrom: (file: string, line: number | undefined): string => `importé de ${file}${line !== undefined ? `, ligne ${line}` : ''}`,
  localMissing:
    'Ce lien montre des données importées dans un autre navigateur (data=local) ; elles ne sont pas ici : la carte montre les données publiées.',
  localRefused: 'Les données importées gardées dans ce navigateur ne passent plus la validation : la carte montre les données publiées.',
  templates: 'Modèles CSV',
  template: { establishments: 'établissements.csv', cooperations: 'coopérations.csv', siteValues: 'valeurs-par-site.csv' } as Record<
    string,
    string
  >,
  exportHeading: 'Exporter les données affichées',
  exportJson: 'JSON (format publié)',
  exportCsv: 'CSV (modèles)',
  guideHeading: 'Guide',
  guide: [
    'Un fichier CSV par type : établissements, coopérations (une ligne par coopération), valeurs par site. Séparateur ; ou , ; UTF-8 ou Windows-1252 (Excel) : détectés.',
    'Les listes dans une case (membres, thèmes, établissements d’une valeur, sources) sont séparées par | : chru-lille | ch-lens.',
    'Les ids sont en minuscules et tirets (ch-lens) ; les dates AAAA-MM-JJ ou JJ/MM/AAAA ; les nombres décimaux avec , ou . .',
    'Chaque ligne cite sa source (colonnes source et quote). Un fichier JSON au format de data/*.json est aussi accepté.',
    '« Ajouter » garde les données publiées ; « Remplacer » remplace la liste du même type (les coopérations publiées dont un membre disparaît sont retirées).',
  ],
  issues: {
    'too-large': (p: P): string => `fichier trop gros (${mb(p['size'])} Mo ; au plus ${mb(p['max'])} Mo) : il n’a pas été lu`,
    empty: (): string => 'le fichier ne contient aucune donnée',
    'not-json': (p: P): string => `n’est pas du JSON valide (${s(p['detail'])})`,
    'unknown-json': (): string => 'JSON non reconnu : ni établissements, ni coopérations, ni posts, ni chiffres',
    'unknown-header': (p: P): string => `en-tête non reconnu : « ${s(p['columns'])} »`,
    'missing-column': (p: P): string => `colonne « ${s(p['column'])} » absente (fichier de ${KINDS_FR[s(p['kind'])] ?? s(p['kind'])})`,
    'unknown-column': (p: P): string => `colonne « ${s(p['column'])} » inconnue : ignorée`,
    'extra-cells': (p: P): string => `${s(p['cells'])} cases pour ${s(p['columns'])} colonnes`,
    'not-number': (p: P): string => `« ${s(p['value'])} » n’est pas un nombre`,
    'duplicate-id': (p: P): string => `id « ${s(p['id'])} » en double (déjà ${s(p['file'])}, ligne ${s(p['line'])})`,
    'published-id': (p: P): string => `id « ${s(p['id'])} » déjà utilisé par les données publiées`,
    'outside-extent': (p: P): string =>
      `coordonnées ${s(p['lon'])}, ${s(p['lat'])} hors de la carte (longitude ${s(p['west'])} à ${s(p['east'])}, latitude ${s(p['south'])} à ${s(p['north'])})`,
    breakdown: (p: P): string =>
      `les valeurs par site du bassin « ${s(p['bassin'])} » (${s(p['scheme'])}) font ${s(p['sum'])}, plus que le total publié ${s(p['total'])}`,
    'source-not-seed': (): string => 'la source n’est pas un document source du projet (000_….txt) : acceptée ici, à citer pour publier',
    'dropped-published': (p: P): string =>
      `${s(p['count'])} ${LISTS_FR[s(p['list'])] ?? s(p['list'])} publiées retirées : un de leurs établissements n’est plus dans les données`,
    rule: (p: P): string => ruleFr(s(p['text'])),
  } as Record<string, (p: P) => string>,
  cascade: ' (après le retrait d’une ligne refusée)',
  fixes: {
    'too-large': (): string => 'Découpez le fichier ou retirez les colonnes inutiles.',
    empty: (): string => 'Ajoutez au moins une ligne sous l’en-tête (voir le modèle).',
    'not-json': (): string => 'Réexportez le fichier, ou utilisez un CSV.',
    'unknown-json': (): string => 'Partez d’un fichier exporté (data/*.json).',
    'unknown-header': (): string => 'Gardez la première ligne d’un modèle CSV.',
    'missing-column': (): string => 'Ajoutez la colonne (voir le modèle).',
    'unknown-column': (): string => 'Renommez-la comme dans le modèle si elle doit être lue.',
    'extra-cells': (): string => 'Mettez entre guillemets les cases qui contiennent le séparateur.',
    'not-number': (): string => 'Écrivez un nombre, p. ex. 3,034 ou 3.034.',
    'duplicate-id': (): string => 'Donnez un id unique à chaque ligne.',
    'published-id': (): string => 'Choisissez un autre id, ou « Remplacer les données publiées ».',
    'outside-extent': (): string => 'Vérifiez longitude et latitude (pas inversées ?), en degrés décimaux.',
    breakdown: (): string => 'Vérifiez les valeurs par site, ou importez le total (posts.json) qui les couvre.',
    'source-not-seed': (): string => 'Pour publier, citez un document de ../shared/seeds et une phrase exacte.',
    'dropped-published': (): string => 'Choisissez « Ajouter » pour les garder, ou importez aussi leurs établissements.',
  } as Record<string, (p: P) => string>,
  ruleFix: (text: string): string => ruleFix(text, 'fr'),
};

/** The import's strings in one language. */
export type ImporterText = typeof importerFr;
