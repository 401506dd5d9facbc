/**
 * Table definitions: a named CSV file in `data/` with its columns, key and provenance.
 * From one definition come the zod row schema (validation and types) and the
 * Frictionless resource in `data/datapackage.json`.
 */
import { z } from 'astro/zod';
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
   * False for tables that record what documents say (action points, case-study
   * outcomes) rather than figures about the portal's area; the misattribution check
   * skips them, as documents about other areas are cited for their lessons.
   */
  aboutArea?: boolean;
  /** The column giving the area each row is about (a borough code); the misattribution check requires it to be within the portal's area. */
  areaColumn?: keyof F & string;
  /** Caveats a reader must know before using the numbers. */
  caveats?: string[];
  /** Checks that involve several columns of the same row. */
  rowCheck?: RowCheck<RowOf<F>>;
}

/** The typed row a table definition produces. */
export type RowOf<F extends Record<string, Field<unknown>>> = { [K in keyof F]: FieldValue<F[K]> };

/** A table definition with its zod schema attached. */
export interface Table<F extends Record<string, Field<unknown>> = Record<string, Field<unknown>>> extends TableDefinition<F> {
  columns: Array<keyof F & string>;
  schema: z.ZodType<RowOf<F>, Record<string, string>>;
}

/** Any table, whatever its columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTable = Table<any>;

/**
 * Builds a table from its definition: the zod schema parses a record of raw CSV
 * strings into a typed row, reporting each bad cell against its column.
 */
export function defineTable<F extends Record<string, Field<unknown>>>(def: TableDefinition<F>): Table<F> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    shape[name] = z.string().transform((raw, ctx) => {
      const r = field.parse(raw);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.problem });
        return z.NEVER;
      }
      return r.value;
    });
  }
  let schema = z.object(shape) as unknown as z.ZodType<RowOf<F>, Record<string, string>>;
  if (def.rowCheck) {
    const check = def.rowCheck;
    schema = schema.superRefine((row, ctx) => {
      for (const { column, problem } of check(row)) ctx.addIssue({ code: 'custom', path: [column], message: problem });
    }) as unknown as typeof schema;
  }
  return { ...def, columns: Object.keys(def.fields) as Array<keyof F & string>, schema };
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
}
