/**
 * The directory as Open Referral HSDS 3.0: the "service package" form, a JSON array of
 * fully nested services (`schema/compiled/service_package.json` of the specification),
 * each with its organization, service areas, phones, taxonomy attributes and metadata
 * naming the source section. Identifiers are UUIDs derived from the portal's ids
 * (see ./uuid). HSDS types its text fields as strings, so a value the source does not
 * give is left out rather than written as null.
 */
import type { RowOf } from '../../core/tables';
import type { DirectoryEntry } from './';
import { slug } from './filters';
import { directoryUuid } from './uuid';
import {
  ENTRY_KIND_LABELS,
  ENTRY_KINDS,
  INTERVENTION_TYPE_LABELS,
  INTERVENTION_TYPES,
  REFERRAL_ROUTE_LABELS,
  REFERRAL_ROUTES,
  THEME_LABELS,
  THEMES,
} from '../../schemas/vocab/directory-vocab';
import type { sourcesTable } from '../../schemas/sources';

type SourceRow = RowOf<typeof sourcesTable.fields>;

/** What the export claims to be: named on the dataset page and checked by the tests. */
export const HSDS_PROFILE = {
  specification: 'Open Referral Human Services Data Specification (HSDS)',
  version: '3.0',
  form: 'service package: a JSON array of fully nested services',
  schema: 'schema/compiled/service_package.json',
} as const;

const VOCABS = [
  {
    id: 'intervention-type',
    name: 'Intervention type',
    terms: INTERVENTION_TYPES,
    labels: INTERVENTION_TYPE_LABELS as Record<string, string>,
  },
  { id: 'theme', name: 'Theme', terms: THEMES, labels: THEME_LABELS as Record<string, string> },
  {
    id: 'referral-route',
    name: 'Referral route',
    terms: REFERRAL_ROUTES,
    labels: REFERRAL_ROUTE_LABELS as Record<string, string>,
  },
  { id: 'entry-kind', name: 'Kind of entry', terms: ENTRY_KINDS, labels: ENTRY_KIND_LABELS as Record<string, string> },
] as const;
type Vocab = (typeof VOCABS)[number];

const ONS_URI = 'http://statistics.data.gov.uk/id/statistical-geography/';

/** Drops null and undefined values, which HSDS string and number fields do not allow. */
function present<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function taxonomyTerm(vocab: Vocab, term: string) {
  const name = vocab.labels[term] ?? term;
  return {
    id: directoryUuid('taxonomy_term', `${vocab.id}/${term}`),
    code: term,
    name,
    description: `${vocab.name}: ${name}`,
    taxonomy: vocab.name,
    taxonomy_id: directoryUuid('taxonomy', vocab.id),
    language: 'en',
  };
}

function attributes(e: DirectoryEntry, serviceId: string) {
  const s = e.service;
  const byVocab: Record<string, readonly string[]> = {
    'intervention-type': s.intervention_types,
    theme: s.themes,
    'referral-route': s.referral_routes,
    'entry-kind': [s.entry_kind],
  };
  return VOCABS.flatMap((v) =>
    (byVocab[v.id] ?? []).map((t) => {
      const term = taxonomyTerm(v, t);
      return {
        id: directoryUuid('attribute', `${s.service_id}/${v.id}/${t}`),
        link_id: serviceId,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      };
    }),
  );
}

function metadata(e: DirectoryEntry, serviceId: string, sources: ReadonlyMap<string, SourceRow>) {
  return e.listings.map((l) => {
    const src = sources.get(l.source_id);
    return {
      id: directoryUuid('metadata', `${l.service_id}/${l.source_section}/${l.listed_as}`),
      resource_id: serviceId,
      resource_type: 'service',
      last_action_date: e.service.last_checked,
      last_action_type: 'create',
      field_name: 'service',
      previous_value: '',
      replacement_value: `Listed as "${l.listed_as}" in ${src?.title ?? l.source_id}, ${l.source_section}`,
      updated_by: src?.publisher ?? l.source_id,
    };
  });
}

/** One fully nested HSDS service. */
export function hsdsService(e: DirectoryEntry, sources: ReadonlyMap<string, SourceRow>) {
  const s = e.service;
  const o = e.organization;
  const id = directoryUuid('service', s.service_id);
  const organizationId = directoryUuid('organization', o.organization_id);
  const historic = s.status === 'historic-listing-2012';
  return present({
    id,
    organization_id: organizationId,
    name: s.name,
    alternate_name: s.alternate_name,
    description: s.description,
    url: s.url,
    // HSDS has no status for "listed long ago, not checked since": export inactive, and say why in the alert.
    status: historic ? 'inactive' : s.status.replace('-', ' '),
    alert: historic
      ? `${s.last_checked_note} (last checked ${s.last_checked}). Its current status is unknown: contact the provider before referring anyone.`
      : null,
    application_process: s.application_process,
    eligibility_description: s.eligibility_description,
    minimum_age: s.minimum_age,
    maximum_age: s.maximum_age,
    assured_date: s.last_checked,
    organization: present({ id: organizationId, name: o.name, description: o.description, website: o.url }),
    service_areas: e.areas.map((a) =>
      present({
        id: directoryUuid('service_area', `${a.service_id}/${slug(a.area_name)}`),
        service_id: id,
        name: a.area_name,
        description: a.description,
        uri: a.area_code ? `${ONS_URI}${a.area_code}` : null,
      }),
    ),
    phones: e.phones.map((p) => ({
      id: directoryUuid('phone', p.phone_id),
      service_id: id,
      number: p.number,
      type: 'voice',
      description: p.description,
    })),
    attributes: attributes(e, id),
    metadata: metadata(e, id, sources),
  });
}

/** The whole directory as an HSDS 3.0 service package, ordered by the portal's service id. */
export function hsdsPackage(entries: readonly DirectoryEntry[], sources: readonly SourceRow[]) {
  const bySource = new Map(sources.map((s) => [s.source_id, s]));
  return [...entries]
    .sort((a, b) => (a.service.service_id < b.service.service_id ? -1 : 1))
    .map((e) => hsdsService(e, bySource));
}

/** The JSON text, exactly as `data/directory/hsds.json` must hold it. */
export function hsdsJsonText(entries: readonly DirectoryEntry[], sources: readonly SourceRow[]): string {
  return `${JSON.stringify(hsdsPackage(entries, sources), null, 2)}\n`;
}
