/**
 * Table definitions: a named CSV file in `data/` with its columns, key and provenance.
 * From one definition come the row parser (validation and types) and the
 * Frictionless resource in `data/datapackage.json`.
 */
import type { Field, FieldValue } from './fields';

/** Where a dataset comes from, as a Frictionless `sources` entry. */
export interface SourceRef {
  title: string;
  /** The organisation that published the original figures. */
  publisher?: string;
  path?: string;
}

/** A check across columns of one row; returns problems keyed by column. */
export type RowCheck<R> = (row: R) => Array<{ column: string; problem: string }>;

/** A foreign key: this table's columns must match a row of another table. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableDefinition<F extends Record<string, Field<unknown>>> {
  /** Frictionless resource name, also the stable download name: `kpi-observations`. */
  name: string;
  /** Path below `data/`, e.g. `kpi/observations.csv`. */
  path: string;
  title: string;
  description: string;
  fields: F;
  primaryKey: Array<keyof F & string>;
  foreignKeys?: ForeignKey[];
  /**
   * Sources described here, for what the portal compiles itself. A table's source
   * documents and datasets are listed in data/meta/table-sources.csv instead, so no
   * area's documents are named in code.
   */
  sources?: SourceRef[];
  /**
   * The site section that owns the table (`sections` in content/site.json). When the
   * section is switched off the table may be empty and is left out of the data package;
   * a table without a section is always published and never empty.
   */
  section?: string;
  /**
   * When the table may be empty although its section is on, in words. A table one source
   * family writes (the Metropolitan Police's ward files, data.police.uk's records) is empty
   * for an area whose figures come from another family, and the action points of a library
   * of summaries and case studies are none. An empty one is left out of the data package;
   * other checks say where rows are needed (every ward has figures from one family; a
   * document that shows an action table has its rows).
   */
  emptyWhen?: string;
  /**
   * False for tables that record what documents say (action points, case-study
   * outcomes) rather than figures about the portal's area; the misattribution check
   * skips them, as documents about other areas are cited for their lessons.
   */
  aboutArea?: boolean;
  /**
   * True for a table whose rows each name their source, which differs from row to row (a
   * ward's Census 2021 count copied from one copy of the census table, or transcribed by
   * hand from another): it is described by the sources its rows cite, and a source
   * data/meta/table-sources.csv lists for it that none of its rows cites is left out.
   */
  sourcesFromRows?: boolean;
  /** The column giving the area each row is about (a borough code); the misattribution check requires it to be within the portal's area. */
  areaColumn?: keyof F & string;
  /** Caveats a reader must know before using the numbers. */
  caveats?: string[];
  /** Checks that involve several columns of the same row. */
  rowCheck?: RowCheck<RowOf<F>>;
  /** True for a table that may rightly have no rows (links none of whose kind are made); others must have data. */
  mayBeEmpty?: boolean;
}

/** The typed row a table definition produces. */
export type RowOf<F extends Record<string, Field<unknown>>> = { [K in keyof F]: FieldValue<F[K]> };

/** One row parsed: the typed row, or every bad cell with its column and the problem in words. */
export type RowResult<R> = { ok: true; row: R } | { ok: false; issues: Array<{ column: string; problem: string }> };

/** A table definition with its row parser attached. */
export interface Table<
  F extends Record<string, Field<unknown>> = Record<string, Field<unknown>>,
> extends TableDefinition<F> {
  columns: Array<keyof F & string>;
  /** Parses a record of raw CSV strings (one per column) into a typed row. */
  parseRow: (record: Record<string, string>) => RowResult<RowOf<F>>;
}

/** Any table, whatever its columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTable = Table<any>;

/**
 * Builds a table from its definition. Its row parser reads each cell with its field,
 * reporting every bad cell against its column, and runs the row check only on a row
 * whose cells all parsed. A plain loop: tables of a whole region run to millions of
 * cells, read at every build.
 */
export function defineTable<F extends Record<string, Field<unknown>>>(def: TableDefinition<F>): Table<F> {
  const fields = Object.entries(def.fields);
  const parseRow = (record: Record<string, string>): RowResult<RowOf<F>> => {
    const row: Record<string, unknown> = {};
    let issues: Array<{ column: string; problem: string }> | null = null;
    for (const [name, field] of fields) {
      const r = field.parse(record[name] ?? '');
      if (r.ok) row[name] = r.value;
      else (issues ??= []).push({ column: name, problem: r.problem });
    }
    if (issues) return { ok: false, issues };
    const found = def.rowCheck?.(row as RowOf<F>) ?? [];
    return found.length ? { ok: false, issues: found } : { ok: true, row: row as RowOf<F> };
  };
  return { ...def, columns: Object.keys(def.fields) as Array<keyof F & string>, parseRow };
}

/** A resource that is not a CSV table (boundaries, JSON exports), described by hand. */
export interface ExtraResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  /** As for tables: sources compiled by the portal; others come from data/meta/table-sources.csv. */
  sources?: SourceRef[];
  /** The site section that owns the resource (see TableDefinition.section). */
  section?: string;
  /** When the file may be absent (a boundary file of a ward set the area does not have), in words; it is then not published. */
  absentWhen?: string;
}
