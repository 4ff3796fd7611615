/**
 * The list view's strings — its table, its filter, its comparison of two dates, its CSV — in
 * French, the reference. They load with the list's code (`app/parts/list.ts`), not with the page;
 * the button that opens the list and the drawer's name are in `fr.ts`. Another language holds
 * them in its catalogue (`enParts.list` in `en.ts`): read them through {@link listText}.
 */
import { partText, type Lang } from './index.ts';

export const listFr = {
  compare: 'Comparer',
  compareWith: 'avec la date',
  comparePlaceholder: '2008, 2008-06 ou 31/12/2008',
  compareHint:
    'Tapez une année, un mois ou une date : la liste montre les coopérations apparues ou terminées entre cette date et la date affichée.',
  compareFrom: 'Du',
  compareTo: 'Au',
  appeared: 'Apparues',
  ended: 'Terminées',
  appearedBetween: (a: string, b: string): string => `Apparues entre le ${a} et le ${b}`,
  endedBetween: (a: string, b: string): string => `Terminées entre le ${a} et le ${b}`,
  noEnd: 'Les sources ne datent aucune fin de coopération : les coopérations sans date restent affichées à toutes les dates.',
  atDateShort: { 'in-force': 'en vigueur', 'not-yet': 'pas encore', undated: 'sans date' } as Record<string, string>,
  showing: 'Afficher',
  cooperations: 'Coopérations',
  establishments: 'Établissements',
  counts: 'Postes par bassin',
  filter: 'Filtrer la liste',
  filterPlaceholder: 'Filtrer : nom, commune, thème…',
  rows: (n: number, total: number): string =>
    n === total ? `${n} ligne${n > 1 ? 's' : ''}` : `${n} ligne${n > 1 ? 's' : ''} sur ${total}`,
  sortBy: (col: string): string => `Trier par ${col}`,
  exportCsv: 'Exporter en CSV',
  exportLabel: 'Exporter en CSV ce que montre la liste',
  colName: 'Nom',
  colFullName: 'Nom complet',
  colKind: 'Type',
  colDate: 'Date',
  colStatus: 'Statut',
  colAtDate: 'À la date affichée',
  colMembers: 'Membres',
  colTopics: 'Thèmes',
  colCertainty: 'Certitude',
  colSource: 'Source',
  colSourceFile: 'Source (fichier)',
  colSourceQuote: 'Source (citation)',
  colCommune: 'Commune',
  colZone: 'Zone',
  colBassin: 'Bassin',
  colPlace: 'Position',
  colCooperations: 'Coopérations dessinées',
  colDistance: (from: string): string => `Distance (km) depuis ${from}`,
  colDistanceShort: 'Distance (km)',
  undated: 'sans date',
  inferred: 'inférée',
  stated: 'énoncée',
  placeSite: 'site',
  placeCommune: 'centre de la commune',
  published: 'total publié',
  csvTitleCooperations: 'Coopérations du CHRU de Lille : coopérations affichées',
  csvTitleEstablishments: 'Coopérations du CHRU de Lille : établissements affichés',
  csvTitleCounts: 'Coopérations du CHRU de Lille : postes par bassin',
  csvDate: 'Date affichée',
  fLinks: 'Liens',
  fKinds: 'Établissements',
  fMember: 'Membres de',
  fScheme: 'Postes comptés',
  fWithin: 'À moins de',
  fWithinValue: (km: string, from: string): string => `${km} km de ${from}`,
  fAttested: 'Coopérations seulement attestées',
  fAttestedHidden: 'masquées',
  fQuery: 'Filtre de la liste',
  all: 'tous',
  none: 'aucun',
};

export type ListText = typeof listFr;

/** The list's strings in `lang` (French for a language without them, and for any key it lacks). */
export const listText = (lang: Lang | string | undefined): ListText => partText('list', lang, listFr);
