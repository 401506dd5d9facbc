/**
 * The directory's downloads, generated from the directory tables: one flat CSV for
 * spreadsheets and an Open Referral (HSDS 3.0) shaped JSON document. Both are pure
 * functions of the rows, so the files in `data/directory/` can be checked for staleness.
 */
import type { RowOf } from '../../core/tables';
import { toCsv } from '../../core/csv-format';
import { appendicesOf, type DirectoryEntry } from './';
import { ageLabel, slug } from './filters';
import {
  ENTRY_KIND_LABELS, ENTRY_KINDS, INTERVENTION_TYPE_LABELS, INTERVENTION_TYPES, REFERRAL_ROUTE_LABELS, REFERRAL_ROUTES,
  THEME_LABELS, THEMES,
} from '../../schemas/vocab/directory-vocab';
import { directoryFlatTable, directoryResources } from '../../schemas/directory';
import type { sourcesTable } from '../../schemas/sources';

type FlatRow = RowOf<typeof directoryFlatTable.fields>;
type SourceRow = RowOf<typeof sourcesTable.fields>;

/** One flat row per entry, everything joined in. */
export function flatRows(entries: readonly DirectoryEntry[]): FlatRow[] {
  return [...entries].sort((a, b) => (a.service.service_id < b.service.service_id ? -1 : 1)).map((e) => {
    const s = e.service;
    return {
      service_id: s.service_id, name: s.name, alternate_name: s.alternate_name,
      organization_id: e.organization.organization_id, organization_name: e.organization.name,
      entry_kind: s.entry_kind, status: s.status, description: s.description,
      intervention_types: s.intervention_types, type_basis: s.type_basis, themes: s.themes,
      minimum_age: s.minimum_age, maximum_age: s.maximum_age, age_range: ageLabel(s),
      eligibility_description: s.eligibility_description, application_process: s.application_process,
      referral_routes: s.referral_routes,
      service_areas: e.areas.map((a) => a.area_name),
      area_codes: e.areas.map((a) => a.area_code).filter((c): c is string => c !== null),
      phones: e.phones.map((p) => p.number),
      start_year: s.start_year, start_detail: s.start_detail, delivery: s.delivery,
      reported_results: s.reported_results, url: s.url,
      appendices: appendicesOf(e).map((n) => String(n) as '2' | '3' | '4'),
      source_sections: [...new Set(e.listings.map((l) => l.source_section))],
    };
  });
}

/** The flat CSV text, exactly as `data/directory/directory.csv` must hold it. */
export function flatCsvText(entries: readonly DirectoryEntry[]): string {
  return toCsv(directoryFlatTable.columns, flatRows(entries));
}

const VOCABS = [
  { id: 'intervention-type', name: 'Intervention type', description: 'Prevention (universal), diversion (targeted), enforcement (highly targeted), as the 2012 gangs review defines them, and intelligence.', terms: INTERVENTION_TYPES, labels: INTERVENTION_TYPE_LABELS as Record<string, string> },
  { id: 'theme', name: 'Theme', description: 'What the service works on.', terms: THEMES, labels: THEME_LABELS as Record<string, string> },
  { id: 'referral-route', name: 'Referral route', description: 'Who can refer a young person, as the source states.', terms: REFERRAL_ROUTES, labels: REFERRAL_ROUTE_LABELS as Record<string, string> },
  { id: 'entry-kind', name: 'Kind of entry', description: 'Whether the entry is a programme, an organisation, a phone line, an enforcement power, a source of information or a website.', terms: ENTRY_KINDS, labels: ENTRY_KIND_LABELS as Record<string, string> },
] as const;

const termId = (vocab: string, term: string) => `${vocab}-${term}`;
const ONS_URI = 'http://statistics.data.gov.uk/id/statistical-geography/';
const HISTORIC_ALERT = 'Historic listing: this service was listed in a 2012 review and has not been checked since. Its current status is unknown; contact the provider before referring anyone.';

function taxonomyTerm(vocab: (typeof VOCABS)[number], term: string) {
  return { id: termId(vocab.id, term), code: term, name: vocab.labels[term] ?? term, description: null, parent_id: null, taxonomy: vocab.name, taxonomy_id: vocab.id, language: 'en', term_uri: null };
}

function organization(e: DirectoryEntry) {
  const o = e.organization;
  return { id: o.organization_id, name: o.name, alternate_name: null, description: o.description, email: null, website: o.url, uri: null };
}

function serviceAreas(e: DirectoryEntry) {
  return e.areas.map((a) => ({
    id: `${a.service_id}-${slug(a.area_name)}`, service_id: a.service_id, name: a.area_name, description: a.description,
    extent: null, extent_type: null, uri: a.area_code ? `${ONS_URI}${a.area_code}` : null,
  }));
}

function attributes(e: DirectoryEntry) {
  const s = e.service;
  const byVocab: Record<string, readonly string[]> = {
    'intervention-type': s.intervention_types, 'theme': s.themes, 'referral-route': s.referral_routes, 'entry-kind': [s.entry_kind],
  };
  return VOCABS.flatMap((v) => (byVocab[v.id] ?? []).map((t) => ({
    id: `${s.service_id}-${termId(v.id, t)}`, link_id: s.service_id, link_type: 'service', link_entity: 'service',
    taxonomy_term_id: termId(v.id, t), value: null, label: v.labels[t] ?? t,
  })));
}

function metadata(e: DirectoryEntry, sources: ReadonlyMap<string, SourceRow>) {
  return e.listings.map((l, i) => {
    const src = sources.get(l.source_id);
    return {
      id: `${l.service_id}-source-${i + 1}`, resource_id: l.service_id, resource_type: 'service',
      last_action_date: null, last_action_type: 'create', field_name: 'service', previous_value: '',
      replacement_value: `Listed as "${l.listed_as}" in ${src?.title ?? l.source_id}, ${l.source_section}`,
      updated_by: src?.publisher ?? '',
    };
  });
}

/** The HSDS 3.0 shaped document: every service with its organization and service areas. */
export function hsdsDocument(entries: readonly DirectoryEntry[], sources: readonly SourceRow[]) {
  const bySource = new Map(sources.map((s) => [s.source_id, s]));
  const sorted = [...entries].sort((a, b) => (a.service.service_id < b.service.service_id ? -1 : 1));
  const orgs = new Map(sorted.map((e) => [e.organization.organization_id, organization(e)]));
  const services = sorted.map((e) => {
    const s = e.service;
    return {
      id: s.service_id, organization_id: s.organization_id, name: s.name, alternate_name: s.alternate_name,
      description: s.description, url: s.url, email: null,
      // HSDS has no status for "listed in 2012, not checked since": export inactive, and say why in the alert.
      status: s.status === 'historic-listing-2012' ? 'inactive' : s.status.replace('-', ' '),
      alert: s.status === 'historic-listing-2012' ? HISTORIC_ALERT : null,
      application_process: s.application_process, eligibility_description: s.eligibility_description,
      minimum_age: s.minimum_age, maximum_age: s.maximum_age,
      organization: orgs.get(s.organization_id),
      service_areas: serviceAreas(e),
      phones: e.phones.map((p) => ({ id: p.phone_id, service_id: p.service_id, number: p.number, extension: null, type: 'voice', description: p.description, languages: [] })),
      attributes: attributes(e),
      metadata: metadata(e, bySource),
    };
  });
  return {
    organizations: [...orgs.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    services,
    service_areas: services.flatMap((s) => s.service_areas),
    taxonomies: VOCABS.map((v) => ({ id: v.id, name: v.name, description: v.description, uri: null, version: null })),
    taxonomy_terms: VOCABS.flatMap((v) => v.terms.map((t) => taxonomyTerm(v, t))),
  };
}

/** The JSON text, exactly as `data/directory/hsds.json` must hold it. */
export function hsdsJsonText(entries: readonly DirectoryEntry[], sources: readonly SourceRow[]): string {
  return `${JSON.stringify(hsdsDocument(entries, sources), null, 2)}\n`;
}

/**
 * The generated download files and the exact text each must hold: written by
 * `npm run import -- directory-exports`, compared by `npm run validate`.
 */
export function directoryExportFiles(entries: readonly DirectoryEntry[], sources: readonly SourceRow[]): Array<{ path: string; text: string }> {
  return [
    { path: directoryFlatTable.path, text: flatCsvText(entries) },
    { path: directoryResources[0].path, text: hsdsJsonText(entries, sources) },
  ];
}
