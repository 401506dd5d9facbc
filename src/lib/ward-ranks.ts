/** Ranks of values, shared by the map table and the ward pages. */

/** Ranks by value, highest first (1 = highest); ties share a rank; missing values get null. */
export function rankValues(values: ReadonlyArray<number | null>): Array<number | null> {
  return values.map((v) => (v === null ? null : 1 + values.filter((o) => o !== null && o > v).length));
}
