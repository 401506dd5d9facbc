/**
 * The directory's downloads, generated from the directory tables: one flat CSV for
 * spreadsheets and an Open Referral HSDS 3.0 service package (./hsds). Both are pure
 * functions of the rows, so the files in `data/directory/` can be checked for staleness.
 */
import type { RowOf } from '../../core/tables';
import { toCsv } from '../../core/csv-format';
import { appendicesOf, type DirectoryEntry } from './';
import { ageLabel } from './filters';
import { hsdsJsonText } from './hsds';
import { directoryFlatTable, directoryResources } from '../../schemas/directory';
import type { sourcesTable } from '../../schemas/sources';

type FlatRow = RowOf<typeof directoryFlatTable.fields>;
type SourceRow = RowOf<typeof sourcesTable.fields>;

/** One flat row per entry, everything joined in. */
export function flatRows(entries: readonly DirectoryEntry[]): FlatRow[] {
  return [...entries]
    .sort((a, b) => (a.service.service_id < b.service.service_id ? -1 : 1))
    .map((e) => {
      const s = e.service;
      return {
        service_id: s.service_id,
        name: s.name,
        alternate_name: s.alternate_name,
        organization_id: e.organization.organization_id,
        organization_name: e.organization.name,
        entry_kind: s.entry_kind,
        status: s.status,
        description: s.description,
        intervention_types: s.intervention_types,
        type_basis: s.type_basis,
        themes: s.themes,
        minimum_age: s.minimum_age,
        maximum_age: s.maximum_age,
        age_range: ageLabel(s),
        eligibility_description: s.eligibility_description,
        application_process: s.application_process,
        referral_routes: s.referral_routes,
        service_areas: e.areas.map((a) => a.area_name),
        area_codes: e.areas.map((a) => a.area_code).filter((c): c is string => c !== null),
        phones: e.phones.map((p) => p.number),
        start_year: s.start_year,
        start_detail: s.start_detail,
        delivery: s.delivery,
        reported_results: s.reported_results,
        url: s.url,
        last_checked: s.last_checked,
        last_checked_note: s.last_checked_note,
        appendices: appendicesOf(e).map((n) => String(n) as '2' | '3' | '4'),
        source_sections: [...new Set(e.listings.map((l) => l.source_section))],
      };
    });
}

/** The flat CSV text, exactly as `data/directory/directory.csv` must hold it. */
export function flatCsvText(entries: readonly DirectoryEntry[]): string {
  return toCsv(directoryFlatTable.columns, flatRows(entries));
}

/**
 * The generated download files and the exact text each must hold: written by
 * `npm run import -- directory-exports`, compared by `npm run validate`.
 */
export function directoryExportFiles(
  entries: readonly DirectoryEntry[],
  sources: readonly SourceRow[],
): Array<{ path: string; text: string }> {
  return [
    { path: directoryFlatTable.path, text: flatCsvText(entries) },
    { path: directoryResources[0].path, text: hsdsJsonText(entries, sources) },
  ];
}
