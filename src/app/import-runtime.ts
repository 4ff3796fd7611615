/**
 * What the import needs, loaded only when it is used (a file picked or
 * dropped, or an import kept from an earlier visit): the import core, the
 * commune → zone table and the dialog.
 */
import communesCsv from '../../geo/communes.csv?raw';
import zonesCsv from '../../geo/zones.csv?raw';
import { parseCommuneZones } from '../import/communeZones.ts';
import '../ui/import-dialog/import-dialog.ts';

export { MAX_IMPORT_BYTES, buildImport, exportCsv, exportJson, parseImportFile, refuseTooLarge, templateCsv } from '../import/index.ts';
export type { ImportResult, KeepMode, MergeMode, ParsedFile, Provenance } from '../import/index.ts';

/** The commune → zone table of `geo/communes.csv`, for the "commune not in its zone" check. */
export const communeZones = parseCommuneZones(communesCsv, zonesCsv);
