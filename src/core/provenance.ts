/** Where a chart's or table's figures come from: shown under it and carried into downloads. */
export interface Provenance {
  /** Who published the figures and in what, e.g. "Metropolitan Police Service, MPS Borough Level Crime". */
  source: string;
  /** The period the figures cover, in words. */
  period: string;
  /** Known limits a reader must have in mind. */
  caveats?: string[];
  /** Licence wording; defaults to the site licence. */
  licence?: string;
  /** Address of that licence; null where the sources state none (no licence is then claimed). Defaults to the site licence's. */
  licenceUrl?: string | null;
  /** Link to the dataset page or source document on this site, if any. */
  href?: string;
}
