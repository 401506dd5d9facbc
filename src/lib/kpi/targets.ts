/**
 * The partnership's target rules applied to any pair of periods: "−2% on the previous
 * year" becomes a level the later period must not exceed. Thresholds come from the
 * unrounded product, rounded towards the stricter side (down for "no more than", up
 * for "at least"), so a figure that meets the threshold meets the rule.
 */
import type { Tone } from './status';

export type Polarity = 'lower-is-better' | 'higher-is-better';

/**
 * The level a period must reach to meet a percent-change target on `previous`.
 * `percent` is signed: −2 is a 2% reduction. 1,207 × 0.98 = 1,182.86 → no more than 1,182.
 */
export function targetThreshold(
  previous: number,
  percent: number,
  polarity: Polarity,
): { exact: number; threshold: number } {
  // Scaled to whole numbers first so binary fractions cannot push 1,182.86 to the wrong side.
  const scaled = Math.round(previous * (100 + percent) * 1e6);
  const exact = scaled / 1e8;
  const threshold = polarity === 'lower-is-better' ? Math.floor(scaled / 1e8) : Math.ceil(scaled / 1e8);
  return { exact, threshold };
}

/** Whether a figure meets a threshold, in the indicator's direction. */
export function meetsThreshold(value: number, threshold: number, polarity: Polarity): boolean {
  return polarity === 'lower-is-better' ? value <= threshold : value >= threshold;
}

/** The comparison of the latest 12 months with the 12 before, against the target rule. */
export interface CurrentComparison {
  latest: { start: string; end: string; total: number };
  previous: { start: string; end: string; total: number };
  change: { count: number; percent: number };
  /** The rule's level for the latest period, from the previous period's total. */
  exact: number;
  threshold: number;
  met: boolean;
  tone: Tone;
  /** Short words for the badge (colour is never the only cue). */
  label: string;
}

/** Applies a percent-change rule to the latest period against the one before it. */
export function compareWithRule(
  latest: { start: string; end: string; total: number },
  previous: { start: string; end: string; total: number },
  percent: number,
  polarity: Polarity,
): CurrentComparison {
  const { exact, threshold } = targetThreshold(previous.total, percent, polarity);
  const met = meetsThreshold(latest.total, threshold, polarity);
  const count = latest.total - previous.total;
  return {
    latest,
    previous,
    exact,
    threshold,
    met,
    change: { count, percent: previous.total === 0 ? 0 : (count / previous.total) * 100 },
    tone: met ? 'ahead' : 'behind',
    label: met ? 'Meeting the target rule' : 'Not meeting the target rule',
  };
}
