/**
 * Data issues (from `loadAll` and the validator, in plain English) told to
 * the user in their language: per file, one sentence saying what is wrong and
 * one saying what the page does without it; per issue, a detail line where
 * the known messages are translated. Pure: no DOM.
 */
import type { DataIssue } from '../../model/validate.ts';
import type { Lang } from '../../query/types.ts';

/** What went wrong with a file, from the worst (nothing read) to the mildest (some records invalid). */
export type IssueCategory = 'missing' | 'unreachable' | 'empty' | 'truncated' | 'shape' | 'schema';

/** Categories where nothing of the file could be used. */
export const UNUSABLE: ReadonlySet<IssueCategory> = new Set(['missing', 'unreachable', 'empty', 'truncated', 'shape']);

const WORST: IssueCategory[] = ['missing', 'unreachable', 'empty', 'truncated', 'shape', 'schema'];

/** The category of one issue, from its message. */
export function categorize(issue: DataIssue): IssueCategory {
  const m = issue.message;
  if (/^could not be loaded \(HTTP 404\b/.test(m) || /^could not be loaded \(HTTP 410\b/.test(m)) return 'missing';
  if (m.startsWith('could not be loaded') || m.startsWith('cannot build a URL')) return 'unreachable';
  if (m === 'is empty') return 'empty';
  if (m.startsWith('is not valid JSON')) return 'truncated';
  if (m.startsWith('has no list of ') || m.startsWith('is not an object with') || m.startsWith('is not a TopoJSON Topology') || m.startsWith('broken geometry')) return 'shape';
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

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

const HTTP = /HTTP (\d{3})([^)]*)/;

/** One sentence: what is wrong with `file` (the file name is shown beside it). */
export function fileSummary(group: { category: IssueCategory; issues: DataIssue[] }, lang: Lang): string {
  const first = group.issues.find((i) => categorize(i) === group.category) ?? group.issues[0];
  const message = first?.message ?? '';
  const fr = lang === 'fr';
  switch (group.category) {
    case 'missing': {
      const status = HTTP.exec(message)?.[1] ?? '404';
      return fr ? `Fichier introuvable sur le serveur (HTTP ${status}).` : `File not found on the server (HTTP ${status}).`;
    }
    case 'unreachable': {
      const http = HTTP.exec(message);
      if (http) return fr ? `Le serveur a refusé le fichier (HTTP ${http[1]}).` : `The server refused the file (HTTP ${http[1]}).`;
      return fr ? 'Le fichier n’a pas pu être téléchargé (erreur réseau).' : 'The file could not be downloaded (network error).';
    }
    case 'empty':
      return fr ? 'Le fichier est vide.' : 'The file is empty.';
    case 'truncated': {
      const read = /\((\d+) characters read\)/.exec(message)?.[1];
      return fr
        ? `Le fichier n’est pas du JSON valide : il est sans doute tronqué${read ? ` (${read} caractères lus)` : ''}.`
        : `The file is not valid JSON: it is probably truncated${read ? ` (${read} characters read)` : ''}.`;
    }
    case 'shape':
      return fr ? 'Le fichier n’a pas la structure attendue.' : 'The file does not have the expected structure.';
    case 'schema': {
      const n = group.issues.length;
      return fr
        ? `Le fichier ne respecte pas son schéma : ${plural(n, 'problème', 'problèmes')}.`
        : `The file does not match its schema: ${plural(n, 'problem', 'problems')}.`;
    }
  }
}

/** What the page does without `file` (or with its invalid records left out). */
export function consequence(file: string, category: IssueCategory, lang: Lang): string {
  const fr = lang === 'fr';
  if (!UNUSABLE.has(category)) {
    return fr
      ? 'Les enregistrements lisibles sont affichés ; les autres sont laissés de côté.'
      : 'The readable records are shown; the others are left out.';
  }
  const base = file.slice(file.lastIndexOf('/') + 1);
  switch (base) {
    case 'establishments.json':
      return fr
        ? 'Sans ce fichier, ni les établissements ni leurs liens ne sont affichés ; les territoires et les comptes par bassin restent visibles.'
        : 'Without this file, neither the establishments nor their links are shown; the territories and the counts per bassin remain.';
    case 'cooperations.json':
      return fr
        ? 'Sans ce fichier, les liens de coopération ne sont pas affichés ; les établissements et les comptes restent visibles.'
        : 'Without this file, the cooperation links are not shown; the establishments and the counts remain.';
    case 'posts.json':
      return fr
        ? 'Sans ce fichier, les comptes de postes partagés ne sont pas disponibles ; la carte et les coopérations restent visibles.'
        : 'Without this file, the shared-post counts are not available; the map and the cooperations remain.';
    case 'figures.json':
      return fr
        ? 'Sans ce fichier, les chiffres clés du CHRU ne sont pas disponibles ; le reste de la carte fonctionne.'
        : 'Without this file, the key figures of the CHRU are not available; the rest of the map works.';
    case 'npdc.topo.json':
      return fr
        ? 'Sans ce fichier, les contours des territoires ne sont pas dessinés ; les établissements, les liens et le tableau des comptes restent utilisables.'
        : 'Without this file, the territory boundaries are not drawn; the establishments, the links and the counts table remain usable.';
    default:
      return fr ? 'Ce que contient ce fichier n’est pas affiché.' : 'What this file holds is not shown.';
  }
}

/** French for the validator's and the loader's messages; an unknown message stays in English. */
const FRENCH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^could not be loaded \((.*)\)$/, (m) => `n’a pas pu être chargé (${m[1]})`],
  [/^is empty$/, () => 'est vide'],
  [/^is not valid JSON, perhaps truncated \((\d+) characters read\): (.*)$/s, (m) => `n’est pas du JSON valide, sans doute tronqué (${m[1]} caractères lus) : ${m[2]}`],
  [/^has no list of (\w+)$/, (m) => `ne contient pas de liste « ${m[1]} »`],
  [/^is not an object with (.*)$/, (m) => `n’est pas un objet avec ${m[1]}`],
  [/^broken geometry: (.*)$/s, (m) => `géométrie inutilisable : ${geometryFr(m[1] ?? '')}`],
  [/^is not a TopoJSON Topology.*$/, () => 'n’est pas une topologie TopoJSON (type « Topology » avec des objets)'],
  [/^has no "(.+)" object: that layer is left out$/, (m) => `n’a pas d’objet « ${m[1]} » : cette couche est omise`],
  [/^could not be fully validated \((.*)\)$/s, (m) => `n’a pas pu être entièrement vérifié (${m[1]})`],
  [/^is required$/, () => 'est obligatoire'],
  [/^is required when "(.+)" is present$/, (m) => `est obligatoire quand « ${m[1]} » est présent`],
  [/^is not an allowed property$/, () => 'n’est pas une propriété autorisée'],
  [/^must not be present here$/, () => 'ne doit pas figurer ici'],
  [/^must be of type (\S+), got (.*)$/s, (m) => `doit être de type ${m[1]}, reçu ${m[2]}`],
  [/^must be a non-negative integer, got (.*)$/s, (m) => `doit être un entier positif ou nul, reçu ${m[1]}`],
  [/^must be a non-negative number, got (.*)$/s, (m) => `doit être un nombre positif ou nul, reçu ${m[1]}`],
  [/^must be at least (\S+), got (.*)$/s, (m) => `doit valoir au moins ${m[1]}, reçu ${m[2]}`],
  [/^must be at most (\S+), got (.*)$/s, (m) => `doit valoir au plus ${m[1]}, reçu ${m[2]}`],
  [/^must be one of (.*), got (.*)$/s, (m) => `doit être l’une des valeurs ${m[1]}, reçu ${m[2]}`],
  [/^must be (".*"|\S+), got (.*)$/s, (m) => `doit valoir ${m[1]}, reçu ${m[2]}`],
  [/^must have at least (\d+) items?$/, (m) => `doit compter au moins ${m[1]} élément${Number(m[1]) > 1 ? 's' : ''}`],
  [/^must have at most (\d+) items$/, (m) => `doit compter au plus ${m[1]} éléments`],
  [/^must not contain duplicates(.*)$/s, (m) => `ne doit pas contenir de doublons${m[1]?.replace(': items', ' : éléments').replace(' are both ', ' valent tous deux ') ?? ''}`],
  [/^must not be empty$/, () => 'ne doit pas être vide'],
  [/^must be at least (\d+) characters long$/, (m) => `doit compter au moins ${m[1]} caractères`],
  [/^must match pattern (.*), got (.*)$/s, (m) => `doit suivre le motif ${m[1]}, reçu ${m[2]}`],
  [/^must be a kebab-case id.*, got (.*)$/s, (m) => `doit être un identifiant en minuscules et tirets, reçu ${m[1]}`],
  [/^unknown establishment id (.*)$/s, (m) => `identifiant d’établissement inconnu ${m[1]}`],
  [/^unknown scheme (.*)$/s, (m) => `dispositif inconnu ${m[1]}`],
  [/^duplicate id "(.*)" \(records \[(\d+)\] and \[(\d+)\]\)$/s, (m) => `identifiant « ${m[1]} » en double (enregistrements [${m[2]}] et [${m[3]}])`],
  [/^duplicate member (.*) \(already members\[(\d+)\]\)$/s, (m) => `membre ${m[1]} en double (déjà members[${m[2]}])`],
  [/^hub "(.*)" is not one of the members$/s, (m) => `le pivot « ${m[1]} » n’est pas l’un des membres`],
  [/^(\S+) is not a calendar date$/, (m) => `${m[1]} n’est pas une date du calendrier`],
  [/^must be absent outside Nord-Pas-de-Calais$/, () => 'doit être absent hors du Nord-Pas-de-Calais'],
  [/^is required for an establishment in Nord-Pas-de-Calais$/, () => 'est obligatoire pour un établissement du Nord-Pas-de-Calais'],
];

/** French for the geometry checks' details (`src/model/topology.ts`); an unknown detail stays in English. */
function geometryFr(detail: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^arc has (\d+) points?, at least 2 needed$/, (m) => `l’arc a ${m[1]} point${Number(m[1]) > 1 ? 's' : ''}, il en faut au moins 2`],
    [/^refers to arc (\d+), but the file has (\d+) arcs?$/, (m) => `renvoie à l’arc ${m[1]}, mais le fichier n’a que ${m[2]} arc${Number(m[2]) > 1 ? 's' : ''}`],
    [/^position is not two finite numbers$/, () => 'la position n’est pas faite de deux nombres finis'],
    [/^position lies outside longitude .*$/, () => 'la position sort des longitudes −180…180 ou des latitudes −90…90'],
    [/^arc index must be an integer, got (.*)$/s, (m) => `l’indice d’arc doit être un entier, reçu ${m[1]}`],
    [/^unknown geometry type (.*)$/s, (m) => `type de géométrie inconnu ${m[1]}`],
    [/^must be a list of arcs$/, () => 'doit être une liste d’arcs'],
    [/^must have a scale and a translate .*$/, () => 'doit avoir une échelle (non nulle) et une translation de deux nombres finis chacune'],
    [/^(\d+) more problems$/, (m) => `${m[1]} autres problèmes`],
  ];
  for (const [pattern, say] of rules) {
    const m = pattern.exec(detail);
    if (m) return say(m);
  }
  return detail;
}

/** One issue as a detail line: `record › field : message`, the message in `lang` where known. */
export function issueText(issue: DataIssue, lang: Lang): string {
  let message = issue.message;
  if (lang === 'fr') {
    for (const [pattern, say] of FRENCH) {
      const m = pattern.exec(message);
      if (m) {
        message = say(m);
        break;
      }
    }
  }
  const where = [issue.record, issue.field].filter((p): p is string => p !== undefined && p !== '').join(' › ');
  if (where === '') return message.charAt(0).toUpperCase() + message.slice(1);
  return lang === 'fr' ? `${where} : ${message}` : `${where}: ${message}`;
}
