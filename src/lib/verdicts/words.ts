/**
 * The verdict vocabulary: the words every page uses for a change on the year before and
 * for the partnership's target rule, so the home page, the indicator pages, /wards/ and
 * the ward pages say the same thing about a change they share. Where both verdicts apply
 * they are said in one sentence: "Up 1.7% on the year before: the 2012/13 rule (−2%) is
 * not met; the rise is within normal year-to-year variation."
 */
import type { Change } from './change';
import { formatNumber, signOf } from '../../core/table-data';

/** The variation test's two answers. */
export const VARIATION_WORDS = {
  beyond: 'more than normal year-to-year variation would explain',
  within: 'within normal year-to-year variation',
} as const;

/** Column heading and cell values for the variation verdict in tables and CSV files. */
export const VARIATION_COLUMN = 'More than normal variation?';

/** A percentage change as pages write it: one decimal under 10% (1.7%, 2.0%), whole numbers above (24%). */
export function percentWords(percent: number): string {
  const a = Math.abs(percent);
  if (a < 0.05) return 'less than 0.1%';
  const digits = a < 10 ? 1 : 0;
  // formatNumber keeps one formatter per precision: toLocaleString with options makes one a call.
  return `${formatNumber(a, digits)}%`;
}

/** A signed percentage change: "+1.7%", "−27%". */
export function signedPercent(percent: number): string {
  return `${signOf(percent)}${percentWords(percent)}`;
}

/** The direction and size in words: "up 24%", "down 1.7%", "no change", or "up 4" where no percentage is shown. */
export function changeHeadline(c: Pick<Change, 'difference' | 'percent'>): string {
  if (c.difference === 0) return 'no change';
  const dir = c.difference > 0 ? 'up' : 'down';
  if (c.percent === null) return `${dir} ${formatNumber(Math.abs(c.difference))}`;
  return `${dir} ${percentWords(c.percent)}`;
}

/** The variation test's answer in words. */
export function variationVerdict(c: Pick<Change, 'significant'>): string {
  return c.significant ? VARIATION_WORDS.beyond : VARIATION_WORDS.within;
}

/** The yes/no of a table's "More than normal variation?" column. */
export function variationCell(c: Pick<Change, 'significant'>): 'yes' | 'no' {
  return c.significant ? 'yes' : 'no';
}

/** A target rule applied to a change: its year, its percentage and whether it is met. */
export interface RuleVerdict {
  year: string;
  percent: number;
  met: boolean;
}

/** "the 2012/13 rule (−2%) is not met". */
export function ruleClause(r: RuleVerdict): string {
  // A rule's percentage is as the partnership set it (−2, −10), not a measured change: no decimals added.
  const pct = `${signOf(r.percent)}${Math.abs(r.percent).toLocaleString('en-GB')}%`;
  return `the ${r.year} rule (${pct}) is ${r.met ? 'met' : 'not met'}`;
}

/**
 * One sentence for a change, with the target rule's verdict when one applies:
 * "Violence against the person up 1.7% on the year before: the 2012/13 rule (−2%) is not
 * met; the rise is within normal year-to-year variation." Without a subject the sentence
 * starts with the direction ("Up 1.7% …").
 */
export function verdictSentence(c: Change, options: { subject?: string; rule?: RuleVerdict | null } = {}): string {
  const headline = changeHeadline(c);
  const opening = options.subject ? `${options.subject} ${headline}` : headline[0]!.toUpperCase() + headline.slice(1);
  const noun = c.difference > 0 ? 'rise' : c.difference < 0 ? 'fall' : 'difference';
  const rule = options.rule ? `${ruleClause(options.rule)}; ` : '';
  return `${opening} on the year before: ${rule}the ${noun} is ${variationVerdict(c)}.`;
}

/**
 * How the variation test reached its answer, for a reader who wants the detail: "The
 * months vary 2.2 times as much as pure chance would, once the season is allowed for;
 * p = 0.52 (t test on 11 degrees of freedom)."
 */
export function variationSentence(c: Change): string {
  const t = c.test;
  const p = c.pValue < 0.001 ? 'p under 0.001' : `p = ${c.pValue.toFixed(3)}`;
  if (t.measured === null)
    return `The offences fall in too few months to measure how much they vary, so the test is the exact test for two Poisson counts: ${p}.`;
  const times = `Once the season is allowed for, the months vary ${t.measured.toLocaleString('en-GB', { maximumFractionDigits: 1 })} times as much as pure chance would`;
  if (t.method === 'quasi-poisson')
    return `${times}, and the test allows for that: ${p} (t test on ${t.df} degrees of freedom).`;
  return `${times}, ${t.measured < 1 ? 'and the test never assumes less than chance' : 'which chance alone can give'}, so the test is the exact test for two Poisson counts: ${p}.`;
}
