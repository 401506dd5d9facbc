/** The documents and datasets every published figure is traced back to. */
import { defineTable } from '../core/tables';
import { id, oneOf, optional, text } from '../core/fields';

export const SOURCE_KINDS = ['document', 'dataset'] as const;

/** `data/meta/sources.csv`: one row per source document or dataset the portal cites. */
export const sourcesTable = defineTable({
  name: 'sources',
  path: 'meta/sources.csv',
  title: 'Sources cited by the portal',
  description: 'Every document and dataset the portal takes figures from. Other tables cite a source by its source_id and name the section or file within it.',
  fields: {
    source_id: id({ title: 'Source id', description: 'Stable identifier other tables use to cite this source.' }),
    kind: oneOf(SOURCE_KINDS, { title: 'Kind', description: 'Whether the source is a document (report, minutes, strategy) or a dataset.' }),
    title: text({ title: 'Title', description: 'The title as the source gives it.' }),
    publisher: text({ title: 'Publisher', description: 'The body that published the source.' }),
    published: optional(text({ title: 'Published', description: 'When the source was published or the meeting held, as precisely as the source says (for example 27 September 2012, or March 2008).' })),
    url: optional(text({ title: 'Original address', description: 'Where the original can be found, where known.' })),
    licence: text({ title: 'Licence', description: 'The licence the source is published under, as far as known.' }),
    note: optional(text({ title: 'Note', description: 'How the portal obtained the source and what to be aware of.' })),
  },
  primaryKey: ['source_id'],
  sources: [{ title: 'Compiled by the portal from the sources listed' }],
});

/** The foreign key every citing table has: its source_id must be a row of meta/sources.csv. */
export const sourceKey = { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } };

/** The two columns a citing row carries: which source, and where in it (`section` describes the second). */
export function citationFields(section = 'The section, paragraph, table or item of the source document.') {
  return {
    source_id: id({ title: 'Source', description: 'The source_id in meta/sources.csv of the document this row comes from.' }),
    source_section: text({ title: 'Section', description: section }),
  };
}
