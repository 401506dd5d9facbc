/**
 * The directory of interventions and organisations for youth workers, modelled on
 * Open Referral UK / HSDS 3.0: organisations, the services they deliver, the areas
 * each service covers, organisational phone numbers, and every place a source lists
 * a service (its provenance). Which documents it is compiled from is data: meta/table-sources.csv.
 */
import { defineTable } from '../core/tables';
import { citationFields, sourceKey } from './sources';
import { date, gssCode, id, integer, list, oneOf, optional, text } from '../core/fields';
import {
  AREA_TYPES,
  ENTRY_KINDS,
  INTERVENTION_TYPES,
  REFERRAL_ROUTES,
  STATUSES,
  THEMES,
  TYPE_BASES,
} from './vocab/directory-vocab';

const citation = citationFields(
  'The appendix and heading of the source document, e.g. "Appendix 3, case studies: Mentoring".',
);
const serviceKey = { fields: ['service_id'], reference: { resource: 'directory-services', fields: ['service_id'] } };
const URL_PATTERN = /^https?:\/\/\S+$/;
const age = (title: string, description: string) =>
  optional(integer({ title, description, unit: 'years' }, { minimum: 0, maximum: 120 }));

/** `data/directory/organizations.csv`: the bodies that deliver the services. */
export const organizationsTable = defineTable({
  name: 'directory-organizations',
  path: 'directory/organizations.csv',
  title: 'Directory: organisations',
  description:
    'Organisations named in the source\'s lists of interventions, contacts and organisations (HSDS "organization"). Where the review names no provider, services belong to the entry "Provider not named in the source".',
  fields: {
    organization_id: id({
      title: 'Organisation id',
      description: 'Stable identifier: the lower-case hyphenated name.',
    }),
    name: text({
      title: 'Name',
      description:
        "The organisation's name as the source gives it (spelling corrected only where the source itself spells it both ways).",
    }),
    description: text({ title: 'Description', description: "What the organisation is, in the portal's words." }),
    url: optional(
      text(
        {
          title: 'Web address',
          description: "The organisation's web address as the source lists it; it may no longer work.",
        },
        { pattern: URL_PATTERN, patternHint: 'a web address starting http:// or https://' },
      ),
    ),
    ...citation,
  },
  primaryKey: ['organization_id'],
  foreignKeys: [sourceKey],
  section: 'directory',
});

/** `data/directory/services.csv`: one row per directory entry. */
export const servicesTable = defineTable({
  name: 'directory-services',
  path: 'directory/services.csv',
  title: 'Directory: services and interventions',
  description:
    'Every programme, intervention, organisation, phone line and resource the source lists, one row each, with eligibility, ages, referral routes, intervention type and themes (HSDS "service"). Descriptions are in the portal\'s own words; names, ages, durations and start dates are as the source gives them. These are historic listings: check with the provider before referring anyone.',
  fields: {
    service_id: id({
      title: 'Service id',
      description:
        'Stable identifier: the lower-case hyphenated name of the programme or organisation. Used in page addresses (/directory/<id>/) and by strategy documents that link to the entry.',
    }),
    organization_id: id({
      title: 'Organisation id',
      description: 'The organisation that delivers it (directory/organizations.csv).',
    }),
    name: text({ title: 'Name', description: "The programme's or organisation's name as the source gives it." }),
    alternate_name: optional(
      text({ title: 'Other name', description: 'Another name or abbreviation the source uses.' }),
    ),
    entry_kind: oneOf(ENTRY_KINDS, {
      title: 'Kind of entry',
      description:
        'programme: a service young people can be referred to; organisation: a body listed for what it does; helpline: a phone line; enforcement-power: a legal power or police operation; information-source: where agencies get information; website: an online resource.',
    }),
    description: text({ title: 'Description', description: "What it does, in the portal's own words." }),
    intervention_types: list(
      oneOf(INTERVENTION_TYPES, {
        title: 'Intervention type',
        description:
          'prevention (universal), diversion (targeted), enforcement (highly targeted) or intelligence, as the review defines them. Empty where the entry is not an intervention.',
      }),
    ),
    type_basis: optional(
      oneOf(TYPE_BASES, {
        title: 'Type from',
        description:
          "source: the review files the entry under that heading (Appendix 2); portal: the portal classified it from the source's description. Empty when there is no type.",
      }),
    ),
    themes: list(oneOf(THEMES, { title: 'Themes', description: 'What the service works on.' })),
    minimum_age: age('Minimum age', 'The youngest age the source states, in years. Empty when the source states none.'),
    maximum_age: age(
      'Maximum age',
      'The oldest age the source states, in years, inclusive ("under 18" is 17). Empty when the source states none.',
    ),
    eligibility_description: optional(
      text({ title: 'Who it is for', description: 'Who the service is for, as the source describes it.' }),
    ),
    application_process: optional(
      text({
        title: 'How to refer',
        description:
          'How young people reach the service, as the source describes it. Empty when the source does not say.',
      }),
    ),
    referral_routes: list(
      oneOf(REFERRAL_ROUTES, { title: 'Referral routes', description: 'Who can refer, as the source states.' }),
    ),
    start_year: optional(
      integer(
        { title: 'Start year', description: 'The year the service began, where the source states it.' },
        { minimum: 1800, maximum: 2012 },
      ),
    ),
    start_detail: optional(
      text({
        title: 'Started',
        description: 'When it began, in the source\'s terms (e.g. "January 2010", "piloted in July 2008").',
      }),
    ),
    delivery: list(
      text({
        title: 'Delivery',
        description:
          'Facts about how the service is delivered (length, frequency, staffing), as the source gives them.',
      }),
    ),
    reported_results: optional(
      text({
        title: 'Reported results',
        description: 'Results the source reports, as it reports them. Not an evaluation and not an evidence rating.',
      }),
    ),
    url: optional(
      text(
        { title: 'Web address', description: 'Web address as the source lists it; it may no longer work.' },
        { pattern: URL_PATTERN, patternHint: 'a web address starting http:// or https://' },
      ),
    ),
    status: oneOf(STATUSES, {
      title: 'Status',
      description:
        'historic-listing-2012: listed in 2012 and not checked since; otherwise an HSDS status confirmed by a later source.',
    }),
    last_checked: date({
      title: 'Last checked',
      description:
        "When the entry's details were last confirmed: for an entry taken from a source and not checked since, the date of that source. Exported as HSDS assured_date.",
    }),
    last_checked_note: text({
      title: 'How current it is',
      description:
        'One sentence shown on the entry\'s page beside the date, saying where the details come from and whether anyone has checked them since, e.g. "Listed in the partnership\'s 2012 review; not checked since".',
    }),
  },
  primaryKey: ['service_id'],
  foreignKeys: [
    { fields: ['organization_id'], reference: { resource: 'directory-organizations', fields: ['organization_id'] } },
  ],
  section: 'directory',
  caveats: [
    'A historic list: services may have closed, moved or changed since the source was written. Check with the provider before referring anyone.',
  ],
  rowCheck: (r) => [
    ...(r.minimum_age !== null && r.maximum_age !== null && r.maximum_age < r.minimum_age
      ? [
          {
            column: 'maximum_age',
            problem: `is less than minimum_age (${r.minimum_age}); expected an age range with the maximum at least the minimum`,
          },
        ]
      : []),
    ...(r.intervention_types.length > 0 && r.type_basis === null
      ? [{ column: 'type_basis', problem: 'is empty, but intervention_types is given; expected source or portal' }]
      : []),
    ...(r.intervention_types.length === 0 && r.type_basis !== null
      ? [{ column: 'type_basis', problem: 'is given, but intervention_types is empty; expected an empty type_basis' }]
      : []),
    ...(new Set(r.themes).size !== r.themes.length
      ? [{ column: 'themes', problem: 'lists the same theme twice' }]
      : []),
  ],
});

/** `data/directory/service-areas.csv`: where each service operates. */
export const serviceAreasTable = defineTable({
  name: 'directory-service-areas',
  path: 'directory/service-areas.csv',
  title: 'Directory: service areas',
  description:
    'The boroughs and wider areas each service covered, as the source lists them (HSDS "service_area"), with GSS codes for boroughs and regions.',
  fields: {
    service_id: id({ title: 'Service id', description: 'The service (directory/services.csv).' }),
    area_type: oneOf(AREA_TYPES, {
      title: 'Area type',
      description:
        'borough: a London borough; london: all of London; region: an English region; unnamed-boroughs: boroughs the source does not name.',
    }),
    area_name: text({
      title: 'Area',
      description: "The area's name, e.g. Lambeth, or the source's wording for unnamed boroughs.",
    }),
    area_code: optional(
      gssCode({
        title: 'Area code',
        description: 'GSS code of the borough (E09…) or region (E12…). Empty for unnamed boroughs.',
      }),
    ),
    description: optional(
      text({
        title: 'Detail',
        description: 'More detail from the source, e.g. the neighbourhood or whether delivery was planned.',
      }),
    ),
  },
  primaryKey: ['service_id', 'area_name'],
  foreignKeys: [serviceKey],
  section: 'directory',
  rowCheck: (r) => [
    ...(r.area_type !== 'unnamed-boroughs' && r.area_code === null
      ? [{ column: 'area_code', problem: `is empty, but area_type is ${r.area_type}; expected a GSS code` }]
      : []),
    ...(r.area_type === 'borough' && r.area_code !== null && !r.area_code.startsWith('E09')
      ? [{ column: 'area_code', problem: 'is not a London borough code; expected E09…' }]
      : []),
    ...(r.area_type === 'unnamed-boroughs' && r.area_code !== null
      ? [{ column: 'area_code', problem: 'is given for unnamed boroughs; expected it empty' }]
      : []),
  ],
});

/** `data/directory/phones.csv`: organisational phone numbers only. */
export const phonesTable = defineTable({
  name: 'directory-phones',
  path: 'directory/phones.csv',
  title: 'Directory: phone numbers',
  description: 'Organisational phone lines the source lists (HSDS "phone"). No individual\'s number is published.',
  fields: {
    phone_id: id({ title: 'Phone id', description: 'Stable identifier.' }),
    service_id: id({ title: 'Service id', description: 'The service the number belongs to.' }),
    number: text(
      { title: 'Number', description: 'The number as the source prints it.' },
      { pattern: /^\d[\d ]*\d$/, patternHint: 'a phone number of digits and single spaces' },
    ),
    description: text({ title: 'What it is for', description: 'What to call the number for.' }),
    ...citation,
  },
  primaryKey: ['phone_id'],
  foreignKeys: [serviceKey, sourceKey],
  section: 'directory',
});

/** `data/directory/listings.csv`: every place a source lists a service (provenance). */
export const listingsTable = defineTable({
  name: 'directory-listings',
  path: 'directory/listings.csv',
  title: 'Directory: where each entry is listed in the source',
  description:
    "One row for each line or case study in the source's lists, with the name exactly as printed and the directory entry it became. An entry listed in more than one place has more than one row.",
  fields: {
    service_id: id({ title: 'Service id', description: 'The directory entry (directory/services.csv).' }),
    appendix: integer(
      {
        title: 'Appendix',
        description:
          'The appendix of the gangs review: 2 (current partnership activities), 3 (case studies of London interventions) or 4 (useful contacts and organisations).',
      },
      { minimum: 2, maximum: 4 },
    ),
    listed_as: text({
      title: 'Listed as',
      description: 'The name or heading exactly as the source prints it, misspellings included.',
    }),
    listed_under: optional(
      text({ title: 'Listed under', description: 'The organisation column of Appendix 2, as printed.' }),
    ),
    listed_note: optional(
      text({ title: "Source's note", description: 'The short description beside the name in Appendix 4, as printed.' }),
    ),
    ...citation,
  },
  primaryKey: ['service_id', 'source_section', 'listed_as'],
  foreignKeys: [serviceKey, sourceKey],
  section: 'directory',
  rowCheck: (r) =>
    r.source_section.startsWith(`Appendix ${r.appendix},`)
      ? []
      : [
          {
            column: 'source_section',
            problem: `does not start with "Appendix ${r.appendix},"; expected the section of the appendix given`,
          },
        ],
});

/** `data/directory/general-routes.csv`: the referral routes the sources give in general, not for one service. */
export const generalRoutesTable = defineTable({
  name: 'directory-general-routes',
  path: 'directory/general-routes.csv',
  title: 'Directory: general referral routes',
  description:
    "Where the sources say in general how young people at risk should be referred (not into one named service), one row per route, with the directory entry it leads to. Entry pages whose source gives no route show these instead. Never a person's contact details.",
  fields: {
    service_id: id({
      title: 'Service id',
      description: 'The directory entry the route leads to (directory/services.csv).',
    }),
    route: text({
      title: 'Route',
      description: "Who should be referred there, in the portal's words, as the source states it.",
    }),
    ...citation,
  },
  primaryKey: ['service_id'],
  foreignKeys: [serviceKey, sourceKey],
  section: 'directory',
});

/** The directory's source tables, in the order they are documented. */
export const directorySourceTables = [
  organizationsTable,
  servicesTable,
  serviceAreasTable,
  phonesTable,
  listingsTable,
  generalRoutesTable,
] as const;

/** `data/directory/directory.csv`: the whole directory in one sheet (generated). */
const service = servicesTable.fields;
export const directoryFlatTable = defineTable({
  name: 'directory-flat',
  path: 'directory/directory.csv',
  title: 'Directory: every entry in one table',
  description:
    'The whole directory in one sheet for spreadsheets: one row per entry with its organisation, ages, areas, referral routes, phone numbers and source sections joined in. Generated from the other directory tables by `npm run import -- directory-exports`; `npm run validate` fails if it is out of date.',
  // Columns copied from services.csv keep that table's definitions; only the joined columns are new.
  fields: {
    service_id: service.service_id,
    name: service.name,
    alternate_name: service.alternate_name,
    organization_id: service.organization_id,
    organization_name: text({ title: 'Organisation', description: "The organisation's name." }),
    entry_kind: service.entry_kind,
    status: service.status,
    description: service.description,
    intervention_types: service.intervention_types,
    type_basis: service.type_basis,
    themes: service.themes,
    minimum_age: service.minimum_age,
    maximum_age: service.maximum_age,
    age_range: text({ title: 'Ages', description: 'The age range in words, or "Age not stated".' }),
    eligibility_description: service.eligibility_description,
    application_process: service.application_process,
    referral_routes: service.referral_routes,
    service_areas: list(text({ title: 'Areas', description: 'The areas covered, by name.' })),
    area_codes: list(gssCode({ title: 'Area codes', description: 'GSS codes of the boroughs and regions covered.' })),
    phones: list(text({ title: 'Phone numbers', description: 'Organisational phone numbers.' })),
    start_year: service.start_year,
    start_detail: service.start_detail,
    delivery: service.delivery,
    reported_results: service.reported_results,
    url: service.url,
    last_checked: service.last_checked,
    last_checked_note: service.last_checked_note,
    appendices: list(
      oneOf(['2', '3', '4'] as const, {
        title: 'Appendices',
        description: 'The appendices of the gangs review that list it.',
      }),
    ),
    source_sections: list(
      text({ title: 'Source sections', description: 'Every section of the source that lists it.' }),
    ),
  },
  primaryKey: ['service_id'],
  foreignKeys: [serviceKey],
  section: 'directory',
  caveats: servicesTable.caveats,
});

/** Every directory table published in the data package. */
export const directoryTables = [...directorySourceTables, directoryFlatTable] as const;

/** The HSDS-shaped JSON export (generated like directory.csv). */
export const directoryResources = [
  {
    name: 'directory-hsds',
    path: 'directory/hsds.json',
    title: 'Directory: Open Referral (HSDS 3.0) JSON',
    description:
      'The whole directory as an Open Referral Human Services Data Specification (HSDS) 3.0 service package: a JSON array of fully nested services, each with its organization, service_areas, phones, attributes (taxonomy terms for intervention type, theme, referral route and kind of entry) and metadata naming the source section. Valid against HSDS 3.0 schema/compiled/service_package.json (the base specification, not the Open Referral UK profile). Identifiers are UUID version 5 of "<object>/<portal id>" (for example "service/chance-uk") in a fixed namespace, so they never change between builds. assured_date is the last_checked date. HSDS status has no value for "listed in 2012, not checked since", so such services are exported as "inactive" with an alert saying so. Generated by `npm run import -- directory-exports`.',
    format: 'json',
    mediatype: 'application/json',
    section: 'directory',
  },
] as const;
