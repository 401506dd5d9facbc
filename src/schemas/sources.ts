/** The documents and datasets every published figure is traced back to. */
import { defineTable } from '../core/tables';
import { id, oneOf, optional, text } from '../core/fields';

export const SOURCE_KINDS = ['document', 'dataset'] as const;

/** `data/meta/sources.csv`: one row per source document or dataset the portal cites. */
export const sourcesTable = defineTable({
  name: 'sources',
  path: 'meta/sources.csv',
  title: 'Sources cited by the portal',
  description:
    'Every document and dataset the portal takes figures from. Other tables cite a source by its source_id and name the section or file within it.',
  fields: {
    source_id: id({ title: 'Source id', description: 'Stable identifier other tables use to cite this source.' }),
    kind: oneOf(SOURCE_KINDS, {
      title: 'Kind',
      description: 'Whether the source is a document (report, minutes, strategy) or a dataset.',
    }),
    title: text({ title: 'Title', description: 'The title as the source gives it.' }),
    publisher: text({ title: 'Publisher', description: 'The body that published the source.' }),
    published: optional(
      text({
        title: 'Published',
        description:
          'When the source was published or the meeting held, as precisely as the source says (for example 27 September 2012, or March 2008).',
      }),
    ),
    url: optional(text({ title: 'Original address', description: 'Where the original can be found, where known.' })),
    licence: text({ title: 'Licence', description: 'The licence the source is published under, as far as known.' }),
    area_code: text(
      {
        title: 'Area covered',
        description:
          "GSS code of the area the source (the copy the portal uses) covers: a local authority such as E09000006, a region such as E12000007 (London), or a country such as E92000001 (England), K04000001 (England and Wales) or K02000001 (United Kingdom). A dataset may only use sources that cover the portal's area or an area containing it.",
      },
      { pattern: /^[EWSNK]\d{8}$/, patternHint: 'a GSS code such as E09000006, E12000007 or K04000001' },
    ),
    note: optional(text({ title: 'Note', description: 'How the portal obtained the source and what to be aware of.' })),
  },
  primaryKey: ['source_id'],
  sources: [{ title: 'Compiled by the portal from the sources listed' }],
});

/**
 * `data/meta/table-sources.csv`: which sources each published table or file draws on.
 * Kept as data, not in the table definitions, so that no area's documents are named in
 * code; the data package's `sources` and the misattribution check are built from it.
 */
export const tableSourcesTable = defineTable({
  name: 'table-sources',
  path: 'meta/table-sources.csv',
  title: 'Sources of each dataset',
  description:
    'For each published dataset, the sources (meta/sources.csv) its figures come from, with caveats that apply to the figures taken from that source.',
  fields: {
    resource: text(
      { title: 'Dataset', description: "The dataset's name in datapackage.json, e.g. kpi-indicators." },
      { pattern: /^[-a-z0-9._/]+$/, patternHint: 'a data package resource name such as kpi-indicators' },
    ),
    source_id: id({ title: 'Source', description: 'The source_id in meta/sources.csv.' }),
    caveat: optional(
      text({
        title: 'Caveat',
        description: 'What a reader must know about the figures this dataset takes from the source.',
      }),
    ),
  },
  primaryKey: ['resource', 'source_id'],
  // No foreign key: rows for a switched-off section may name sources the portal no longer
  // lists. Those of published datasets are checked in src/lib/catalogue/attribution.ts.
  sources: [{ title: 'Compiled by the portal from the sources listed' }],
});

/** The foreign key every citing table has: its source_id must be a row of meta/sources.csv. */
export const sourceKey = { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } };

/** The two columns a citing row carries: which source, and where in it (`section` describes the second). */
export function citationFields(section = 'The section, paragraph, table or item of the source document.') {
  return {
    source_id: id({
      title: 'Source',
      description: 'The source_id in meta/sources.csv of the document this row comes from.',
    }),
    source_section: text({ title: 'Section', description: section }),
  };
}
