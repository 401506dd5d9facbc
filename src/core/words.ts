/** Small pieces of English the pages share. */

/** Items as a list in words: "a", "a and b", "a, b and c" (empty: ""). */
export function listWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
