/**
 * Postcodes → the area's current wards, from Ordnance Survey's Code-Point Open: every live
 * postcode in the outward codes (the part before the space) that have any postcode in the area, with
 * its ward when it is in the area and its council when it is not, plus postcodes no
 * longer in use, placed in a current ward by their position. The site splits this table
 * into one small lookup file and one page per outward code.
 */
import { sourceKey } from './sources';
import { defineTable } from '../core/tables';
import { gssCode, id, oneOf, optional, text } from '../core/fields';

/** The attribution lines the Code-Point Open release requires wherever its data is used. */
export const POSTCODE_ATTRIBUTION = [
  'Contains Ordnance Survey data © Crown copyright and database right 2025',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025',
  'Contains National Statistics data © Crown copyright and database right 2025',
] as const;

export const POSTCODE_STATUSES = ['live', 'terminated'] as const;

/** A full postcode in its standard written form: outward code, one space, inward code. */
export const POSTCODE_PATTERN = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;

/** `data/postcodes/postcodes.csv`. */
export const postcodesTable = defineTable({
  name: 'postcodes',
  path: 'postcodes/postcodes.csv',
  title: "Postcodes and their wards (the area's current wards)",
  description: `Every live postcode in the outward codes that reach into the area, from Ordnance Survey Code-Point Open (October 2025), with the ward of the area's current ward set it lies in when it is in the area and the council it is in when it is not; and, where the portal has them, the area's postcodes from the August 2014 release that are no longer in use, placed in a current ward by their grid position. ${POSTCODE_ATTRIBUTION.join('. ')}.`,
  fields: {
    postcode: text(
      { title: 'Postcode', description: 'The postcode as Royal Mail writes it: outward code, one space, inward code.' },
      { pattern: POSTCODE_PATTERN, patternHint: 'a postcode: outward code, one space, inward code' },
    ),
    outward_code: text(
      {
        title: 'Outward code',
        description: 'The part before the space: the site has one lookup file and one page per outward code.',
      },
      { pattern: /^[A-Z]{1,2}[0-9][A-Z0-9]?$/, patternHint: 'an outward code: one or two letters and a number' },
    ),
    ward_code: optional(
      gssCode({
        title: 'Ward code',
        description:
          "GSS code of the ward of the area's current ward set the postcode is in; empty when it is in another council.",
      }),
    ),
    ward_set: optional(
      oneOf(['2022', '2023'] as const, {
        title: 'Ward set',
        description:
          "The ward set of ward_code, the area's current wards (2022: in force from May 2022, in London; 2023: the 2023 ward list, elsewhere), so the pair can be looked up in wards/wards.csv; empty when ward_code is.",
      }),
    ),
    council_code: gssCode({
      title: 'Council code',
      description: 'GSS code of the local authority district the postcode is in.',
    }),
    council_name: text({
      title: 'Council',
      description: 'Name of that local authority district, from the ONS ward-to-district lookup (December 2023).',
    }),
    status: oneOf(POSTCODE_STATUSES, {
      title: 'Status',
      description:
        'live: in the October 2025 release, ward as Code-Point gives it. terminated: in the August 2014 release but not in October 2025; its ward was found by placing its grid position in the current ward boundaries.',
    }),
    source_id: id({ title: 'Source', description: 'The source_id in meta/sources.csv.' }),
  },
  primaryKey: ['postcode'],
  // A postcode's ward must be a ward the portal has a page for.
  foreignKeys: [
    { fields: ['ward_code', 'ward_set'], reference: { resource: 'wards', fields: ['ward_code', 'ward_set'] } },
    sourceKey,
  ],
  section: 'wards',
  rowCheck: (r) =>
    (r.ward_code === null) === (r.ward_set === null)
      ? []
      : [{ column: 'ward_set', problem: 'must be given exactly when ward_code is, and empty when it is not' }],
  caveats: [
    'Code-Point places each postcode at one point, so a postcode on a ward boundary may have addresses in two wards.',
    'Postcodes created after October 2025 are not included; of the postcodes no longer in use, only those in the August 2014 release are.',
    ...POSTCODE_ATTRIBUTION,
  ],
});

export const postcodeTables = [postcodesTable] as const;
