/**
 * A diverging scale for percentage change, centred on 0: fixed, symmetric breaks so a
 * class means the same on every map ("up 15% to 30%"), and ColorBrewer's PuOr scheme
 * (colour-blind safe) with orange for more and purple for less, pale in the middle.
 */

/** Upper bounds of the falling classes and lower bounds of the rising ones, in percent. */
export const CHANGE_BREAKS = [5, 15, 30] as const;

/** PuOr, 7 classes, ordered from the largest fall to the largest rise. */
export const DIVERGING_PALETTE = ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'] as const;

export interface DivergingClass {
  index: number;
  fill: string;
  /** The class in words, e.g. "up 15% to 30%", "within 5% either way". */
  text: string;
}

const [a, b, c] = CHANGE_BREAKS;

/** The seven classes, falling to rising. */
export const DIVERGING_CLASSES: readonly DivergingClass[] = [
  `down ${c}% or more`,
  `down ${b}% to ${c}%`,
  `down ${a}% to ${b}%`,
  `within ${a}% either way`,
  `up ${a}% to ${b}%`,
  `up ${b}% to ${c}%`,
  `up ${c}% or more`,
].map((text, index) => ({ index, fill: DIVERGING_PALETTE[index]!, text }));

/** The class of a percentage change (boundaries belong to the class further from 0); null stays null. */
export function divergingClassOf(percent: number | null): DivergingClass | null {
  if (percent === null || !Number.isFinite(percent)) return null;
  const size = Math.abs(percent);
  const step = size < a ? 0 : size < b ? 1 : size < c ? 2 : 3;
  return DIVERGING_CLASSES[3 + Math.sign(percent) * step]!;
}
