/** Data issues told to the reader (`src/ui/error-panel/issue-text.ts`): exact sentences in both languages. */
import { describe, expect, test } from 'vitest';
import { categorize, groupByFile } from '../../src/ui/error-panel/issue-groups.ts';
import { consequence, fileSummary, issueText } from '../../src/ui/error-panel/issue-text.ts';

const missing = { file: 'data/posts.json', message: 'could not be loaded (HTTP 404 Not Found)' };
const offline = { file: 'data/posts.json', message: 'could not be loaded (TypeError: Failed to fetch)' };
const truncated = {
  file: 'geo/npdc.topo.json',
  message: 'is not valid JSON, perhaps truncated (120 characters read): Unexpected end of JSON input',
};
const required = { file: 'data/establishments.json', record: 'ch-lens', field: 'name', message: 'is required' };
const badKind = {
  file: 'data/establishments.json',
  record: 'ch-arras',
  field: 'kind',
  message: 'must be one of "chu", "ch", got "dragon"',
};

describe('categorize and group', () => {
  test('each loader message has its category', () => {
    expect([missing, offline, truncated, required].map(categorize)).toEqual(['missing', 'unreachable', 'truncated', 'schema']);
    expect(categorize({ file: 'x', message: 'is empty' })).toBe('empty');
    expect(categorize({ file: 'x', message: 'has no list of figures' })).toBe('shape');
    expect(categorize({ file: 'x', message: 'is not a TopoJSON Topology (type "Topology" with objects)' })).toBe('shape');
  });

  test('issues are grouped by file in order of appearance, with the worst category', () => {
    const groups = groupByFile([required, missing, badKind, { ...required, file: 'data/posts.json' }]);
    expect(groups.map((g) => [g.file, g.category, g.issues.length])).toEqual([
      ['data/establishments.json', 'schema', 2],
      ['data/posts.json', 'missing', 2],
    ]);
  });
});

describe('sentences', () => {
  test('what is wrong with a file, in French and English', () => {
    expect(fileSummary({ category: 'missing', issues: [missing] }, 'fr')).toBe('Fichier introuvable sur le serveur (HTTP 404).');
    expect(fileSummary({ category: 'missing', issues: [missing] }, 'en')).toBe('File not found on the server (HTTP 404).');
    expect(fileSummary({ category: 'unreachable', issues: [offline] }, 'fr')).toBe(
      'Le fichier n’a pas pu être téléchargé (erreur réseau).',
    );
    expect(fileSummary({ category: 'truncated', issues: [truncated] }, 'fr')).toBe(
      'Le fichier n’est pas du JSON valide : il est sans doute tronqué (120 caractères lus).',
    );
    expect(fileSummary({ category: 'truncated', issues: [truncated] }, 'en')).toBe(
      'The file is not valid JSON: it is probably truncated (120 characters read).',
    );
    expect(fileSummary({ category: 'schema', issues: [required, badKind] }, 'fr')).toBe(
      'Le fichier ne respecte pas son schéma : 2 problèmes.',
    );
    expect(fileSummary({ category: 'schema', issues: [required] }, 'en')).toBe('The file does not match its schema: 1 problem.');
  });

  test('what the page does without it', () => {
    expect(consequence('geo/npdc.topo.json', 'missing', 'en')).toBe(
      'Without this file, the territory boundaries are not drawn; the establishments, the links and the counts table remain usable.',
    );
    expect(consequence('data/establishments.json', 'schema', 'fr')).toBe(
      'Les enregistrements lisibles sont affichés ; les autres sont laissés de côté.',
    );
  });

  test('detail lines: where, then the message, translated when known', () => {
    expect(issueText(required, 'fr')).toBe('ch-lens › name : est obligatoire');
    expect(issueText(required, 'en')).toBe('ch-lens › name: is required');
    expect(issueText(badKind, 'fr')).toBe('ch-arras › kind : doit être l’une des valeurs "chu", "ch", reçu "dragon"');
    expect(issueText(truncated, 'fr')).toBe(
      'N’est pas du JSON valide, sans doute tronqué (120 caractères lus) : Unexpected end of JSON input',
    );
    expect(issueText({ file: 'x', record: 'r', message: 'something new' }, 'fr')).toBe('r : something new');
  });
});
