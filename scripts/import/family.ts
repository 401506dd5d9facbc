/**
 * The shape every source family's folder under scripts/import/ has. A family is one
 * publisher's kind of raw file (the Metropolitan Police's ward and borough files,
 * data.police.uk's street files, the boundaries and postcodes everything is placed in),
 * and its folder's `index.ts` exports `family`: the imports it offers, each by the name
 * content/sources.json lists its raw files under. The runner (all.ts) finds every folder
 * with an index.ts, so another family (a force's own files, a police.uk API) is a new
 * folder and its entries in sources.json, with no change elsewhere.
 */

/** One import: raw files (named in content/sources.json under its name) in, tables in data/ out. */
export interface ImportStep {
  /** Reads the raw files and writes the tables; fails (lib.ts `fail`) on anything unexpected. */
  run: () => void | Promise<void>;
  /** Imports whose tables this one reads (data/wards/wards.csv, say): in a full run they go first. */
  after?: readonly string[];
}

/** A source family: its folder's imports. */
export interface SourceFamily {
  /** The family's imports by name, in the order a full run takes those with nothing to wait for. */
  imports: Readonly<Record<string, ImportStep>>;
}
