/**
 * Table definitions: a named CSV file in `data/` with its columns, key and provenance.
 * From one definition come the zod row schema (validation and types) and the
 * Frictionless resource in `data/datapackage.json`.
 */
import { z } from 'astro/zod';
import type { Field, FieldValue } from './fields';

/** Where a dataset comes from, as Frictionless `sources` entries. */
/**
 * A dataset's origin: either described inline, or (preferred) a `source_id` of
 * data/meta/sources.csv, resolved when the data package is built, so no place names
 * or publishers need writing into src/.
 */
export type SourceCitation = SourceRef | { source_id: string };

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
  sources: SourceCitation[];
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
  sources: SourceCitation[];
}
