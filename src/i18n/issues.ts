/**
 * What the error panel says about a data file, in French, the reference: per
 * file, what is wrong and what the page does without it; per issue, the
 * known messages translated (`ui/error-panel/issue-text.ts`). They load with
 * the error panel's code, only when there is a problem to tell; another
 * language holds them in its catalogue (`enParts.issues` in `en.ts`): read
 * them through {@link issuesText}.
 */
import { partText, type Lang } from './index.ts';

/** French for the geometry checks' details (`src/model/topology.ts`); an unknown detail stays in English. */
function geometryFr(detail: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^arc has (\d+) points?, at least 2 needed$/, (m) => `l’arc a ${m[1]} point${Number(m[1]) > 1 ? 's' : ''}, il en faut au moins 2`],
    [
      /^refers to arc (\d+), but the file has (\d+) arcs?$/,
      (m) => `renvoie à l’arc ${m[1]}, mais le fichier n’a que ${m[2]} arc${Number(m[2]) > 1 ? 's' : ''}`,
    ],
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

export const issuesFr = {
  missing: (status: string): string => `Fichier introuvable sur le serveur (HTTP ${status}).`,
  refused: (status: string): string => `Le serveur a refusé le fichier (HTTP ${status}).`,
  network: 'Le fichier n’a pas pu être téléchargé (erreur réseau).',
  empty: 'Le fichier est vide.',
  truncated: (read: string | undefined): string =>
    `Le fichier n’est pas du JSON valide : il est sans doute tronqué${read ? ` (${read} caractères lus)` : ''}.`,
  shape: 'Le fichier n’a pas la structure attendue.',
  schema: (n: number): string => `Le fichier ne respecte pas son schéma : ${n} ${n > 1 ? 'problèmes' : 'problème'}.`,
  partial: 'Les enregistrements lisibles sont affichés ; les autres sont laissés de côté.',
  computation: 'Un calcul de la page a échoué sur ces données (le détail est dans la console du navigateur).',
  computationConsequence: 'Ce qu’il alimente reste vide ; le reste de la page fonctionne.',
  without: {
    'establishments.json':
      'Sans ce fichier, ni les établissements ni leurs liens ne sont affichés ; les territoires et les comptes par bassin restent visibles.',
    'cooperations.json':
      'Sans ce fichier, les liens de coopération ne sont pas affichés ; les établissements et les comptes restent visibles.',
    'posts.json':
      'Sans ce fichier, les comptes de postes partagés ne sont pas disponibles ; la carte et les coopérations restent visibles.',
    'figures.json': 'Sans ce fichier, les chiffres clés du CHRU ne sont pas disponibles ; le reste de la carte fonctionne.',
    'npdc.topo.json':
      'Sans ce fichier, les contours des territoires ne sont pas dessinés ; les établissements, les liens et le tableau des comptes restent utilisables.',
  } as Record<string, string>,
  withoutOther: 'Ce que contient ce fichier n’est pas affiché.',
  /** `record › field : message`. */
  line: (where: string, message: string): string => `${where} : ${message}`,
  /**
   * The validator's and the loader's messages (English, in `src/model/`) in
   * this language, first match wins; a message no pattern matches is shown
   * as it is. An empty list keeps them in English.
   */
  messages: [
    [/^broken geometry: (.*)$/s, (m) => `géométrie inutilisable : ${geometryFr(m[1] ?? '')}`],
    [/^could not be loaded \((.*)\)$/, (m) => `n’a pas pu être chargé (${m[1]})`],
    [/^is empty$/, () => 'est vide'],
    [
      /^is not valid JSON, perhaps truncated \((\d+) characters read\): (.*)$/s,
      (m) => `n’est pas du JSON valide, sans doute tronqué (${m[1]} caractères lus) : ${m[2]}`,
    ],
    [/^has no list of (\w+)$/, (m) => `ne contient pas de liste « ${m[1]} »`],
    [/^is not an object with (.*)$/, (m) => `n’est pas un objet avec ${m[1]}`],
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
    [
      /^must not contain duplicates(.*)$/s,
      (m) => `ne doit pas contenir de doublons${m[1]?.replace(': items', ' : éléments').replace(' are both ', ' valent tous deux ') ?? ''}`,
    ],
    [/^must not be empty$/, () => 'ne doit pas être vide'],
    [/^must be at least (\d+) characters long$/, (m) => `doit compter au moins ${m[1]} caractères`],
    [/^must match pattern (.*), got (.*)$/s, (m) => `doit suivre le motif ${m[1]}, reçu ${m[2]}`],
    [/^must be a kebab-case id.*, got (.*)$/s, (m) => `doit être un identifiant en minuscules et tirets, reçu ${m[1]}`],
    [/^unknown establishment id (.*)$/s, (m) => `identifiant d’établissement inconnu ${m[1]}`],
    [/^unknown scheme (.*)$/s, (m) => `dispositif inconnu ${m[1]}`],
    [
      /^duplicate id "(.*)" \(records \[(\d+)\] and \[(\d+)\]\)$/s,
      (m) => `identifiant « ${m[1]} » en double (enregistrements [${m[2]}] et [${m[3]}])`,
    ],
    [/^duplicate member (.*) \(already members\[(\d+)\]\)$/s, (m) => `membre ${m[1]} en double (déjà members[${m[2]}])`],
    [/^hub "(.*)" is not one of the members$/s, (m) => `le pivot « ${m[1]} » n’est pas l’un des membres`],
    [/^(\S+) is not a calendar date$/, (m) => `${m[1]} n’est pas une date du calendrier`],
    [/^must be absent outside Nord-Pas-de-Calais$/, () => 'doit être absent hors du Nord-Pas-de-Calais'],
    [/^is required for an establishment in Nord-Pas-de-Calais$/, () => 'est obligatoire pour un établissement du Nord-Pas-de-Calais'],
  ] as [RegExp, (m: RegExpExecArray) => string][],
};

export type IssuesText = typeof issuesFr;

/** The error panel's strings in `lang`, French for any key its catalogue lacks. */
export const issuesText = (lang: Lang | string | undefined): IssuesText => partText('issues', lang, issuesFr);
