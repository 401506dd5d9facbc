/**
 * Column definitions for the portal's CSV files.
 *
 * One definition per column serves three purposes, so they cannot drift apart:
 * it parses and checks the CSV cell (through the row parser built in `tables.ts`),
 * it types the value the pages receive, and it becomes the column's entry in the
 * Frictionless Table Schema published in `data/datapackage.json`.
 */

/** The result of parsing one CSV cell: the value, or the problem in words. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Frictionless Table Schema field types the portal uses. */
export type TableSchemaType = 'string' | 'integer' | 'number' | 'date' | 'yearmonth' | 'boolean';

/** Frictionless Table Schema constraints the portal uses. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

/** Human documentation of a column, carried into the Table Schema. */
export interface FieldDocs {
  /** Short heading, e.g. "Offences". */
  title: string;
  /** What the column holds, in plain English. */
  description: string;
  /** Unit of measurement where there is one, e.g. "offences" or "percent". */
  unit?: string;
}

/** A column: how to parse its cells and how to describe it. */
export interface Field<T> extends FieldDocs {
  type: TableSchemaType;
  format?: string;
  constraints: FieldConstraints;
  parse: (raw: string) => CellResult<T>;
}

/** The value type a field produces. */
export type FieldValue<F> = F extends Field<infer T> ? T : never;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (problem: string): CellResult<never> => ({ ok: false, problem });
const EMPTY = 'is empty, but a value is required';

/** Free text; required unless wrapped in `optional`. */
export function text(docs: FieldDocs, opts: { pattern?: RegExp; patternHint?: string } = {}): Field<string> {
  const { pattern, patternHint } = opts;
  return {
    ...docs,
    type: 'string',
    constraints: { required: true, ...(pattern ? { pattern: pattern.source } : {}) },
    parse: (raw) => {
      if (raw === '') return bad(EMPTY);
      if (raw !== raw.trim()) return bad('has spaces at the start or end');
      if (pattern && !pattern.test(raw)) return bad(`is not ${patternHint ?? `of the form ${pattern.source}`}`);
      return ok(raw);
    },
  };
}

/** A stable identifier: lower-case letters, digits and hyphens, e.g. `violent-crime`. */
export function id(docs: FieldDocs): Field<string> {
  return text(docs, {
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    patternHint: 'an id of lower-case letters, digits and hyphens',
  });
}

/** A GSS geography code such as E05000106 (ward) or E09000006 (borough). */
export function gssCode(docs: FieldDocs): Field<string> {
  return text(docs, { pattern: /^[EWSN]\d{8}$/, patternHint: 'a GSS code such as E05000106' });
}

/** One of a fixed list of values. */
export function oneOf<const V extends readonly string[]>(values: V, docs: FieldDocs): Field<V[number]> {
  return {
    ...docs,
    type: 'string',
    constraints: { required: true, enum: values },
    parse: (raw) => {
      if (raw === '') return bad(EMPTY);
      return (values as readonly string[]).includes(raw)
        ? ok(raw as V[number])
        : bad(`is not one of the allowed values: ${values.join(', ')}`);
    },
  };
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A whole number, written without thousands separators. */
export function integer(docs: FieldDocs, range: { minimum?: number; maximum?: number } = {}): Field<number> {
  return {
    ...docs,
    type: 'integer',
    constraints: { required: true, ...range },
    parse: (raw) => {
      if (raw === '') return bad(EMPTY);
      if (!DECIMAL.test(raw)) return bad('is not a number');
      if (!INTEGER.test(raw)) return bad('is not a whole number');
      return checkRange(Number(raw), range);
    },
  };
}

/** A decimal number, written without thousands separators. */
export function decimal(docs: FieldDocs, range: { minimum?: number; maximum?: number } = {}): Field<number> {
  return {
    ...docs,
    type: 'number',
    constraints: { required: true, ...range },
    parse: (raw) => {
      if (raw === '') return bad(EMPTY);
      if (!DECIMAL.test(raw)) return bad('is not a number');
      return checkRange(Number(raw), range);
    },
  };
}

function checkRange(value: number, { minimum, maximum }: { minimum?: number; maximum?: number }): CellResult<number> {
  if (minimum !== undefined && value < minimum) return bad(`is less than ${minimum}`);
  if (maximum !== undefined && value > maximum) return bad(`is more than ${maximum}`);
  return ok(value);
}

/** A calendar month as `YYYY-MM`, optionally within a declared range. */
export function month(docs: FieldDocs, range: { from?: string; to?: string } = {}): Field<string> {
  return {
    ...docs,
    type: 'yearmonth',
    constraints: { required: true },
    parse: (raw) => {
      if (raw === '') return bad(EMPTY);
      const m = /^(\d{4})-(\d{2})$/.exec(raw);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return bad('is not a month in YYYY-MM form');
      if ((range.from && raw < range.from) || (range.to && raw > range.to)) {
        return bad(`is outside the declared range ${range.from ?? '…'} to ${range.to ?? '…'}`);
      }
      return ok(raw);
    },
  };
}

/** A calendar date as `YYYY-MM-DD`. */
export function date(docs: FieldDocs): Field<string> {
  return {
    ...docs,
    type: 'date',
    constraints: { required: true },
    parse: (raw) => {
      if (raw === '') return bad(EMPTY);
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const d = m ? new Date(`${raw}T00:00:00Z`) : null;
      if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) {
        return bad('is not a date in YYYY-MM-DD form');
      }
      return ok(raw);
    },
  };
}

/** `true` or `false`. */
export function boolean(docs: FieldDocs): Field<boolean> {
  return {
    ...docs,
    type: 'boolean',
    constraints: { required: true },
    parse: (raw) => (raw === 'true' ? ok(true) : raw === 'false' ? ok(false) : bad('is not true or false')),
  };
}

/**
 * Allows an empty cell, read as `null`. Missing values are typed `null`, never 0 or NaN;
 * tables that allow them say why in a status column.
 */
export function optional<T>(field: Field<T>): Field<T | null> {
  return {
    ...field,
    constraints: { ...field.constraints, required: false },
    parse: (raw) => (raw === '' ? ok(null) : field.parse(raw)),
  };
}

/** Several values in one cell, separated by `;` (e.g. themes). Empty means none. */
export function list<T extends string>(item: Field<T>, docs?: Partial<FieldDocs>): Field<T[]> {
  return {
    ...item,
    ...docs,
    type: 'string',
    format: 'default',
    description: `${docs?.description ?? item.description} Several values are separated by a semicolon (;).`,
    constraints: { required: false, ...(item.constraints.enum ? { pattern: listPattern(item.constraints.enum) } : {}) },
    parse: (raw) => {
      if (raw === '') return ok([]);
      const values: T[] = [];
      for (const part of raw.split(';')) {
        const r = item.parse(part);
        if (!r.ok) return bad(`has an item "${part}" that ${r.problem}`);
        values.push(r.value);
      }
      return ok(values);
    },
  };
}

function listPattern(values: readonly string[]): string {
  const alt = values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return `^(?:(?:${alt})(?:;(?:${alt}))*)?$`;
}
