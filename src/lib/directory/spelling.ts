/**
 * Spelling correction for directory searches: a word that finds nothing is replaced by
 * the closest word of the search vocabulary, if one is close enough. Pure and small, so
 * the browser script can use it and tests can check it.
 */

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a word of this length may need: none below 4 letters, one up to 6, two beyond. */
const allowance = (length: number): number => (length < 4 ? 0 : length <= 6 ? 1 : 2);

/** The closest vocabulary word within the allowance, or null (the word itself if it is in the vocabulary). */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (vocabulary.includes(w)) return w;
  let best: string | null = null;
  let bestDistance = allowance(w.length) + 1;
  for (const v of vocabulary) {
    if (Math.abs(v.length - w.length) >= bestDistance) continue;
    const dist = editDistance(w, v);
    if (dist < bestDistance) {
      best = v;
      bestDistance = dist;
    }
  }
  return best;
}

/** The query with every correctable word corrected, or null when nothing changes. */
export function correctedQuery(q: string, vocabulary: readonly string[]): string | null {
  const words = q.trim().split(/\s+/).filter(Boolean);
  const fixed = words.map((w) => closestWord(w, vocabulary) ?? w);
  return fixed.some((f, i) => f !== words[i]!.toLowerCase() && f !== words[i]) ? fixed.join(' ') : null;
}
