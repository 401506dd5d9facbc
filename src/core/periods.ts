/**
 * Months, financial years and quarters. The partnership reports by financial-year
 * quarter: Q1 is April to June, and a financial year runs April to March.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The financial year a month falls in, as `2012/13`. */
export function financialYear(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The financial-year quarter (1–4) a month falls in: April–June is 1. */
export function financialQuarter(month: string): 1 | 2 | 3 | 4 {
  const m = Number(month.split('-')[1]);
  return (m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4) as 1 | 2 | 3 | 4;
}

/** First and last month of a financial-year quarter. */
export function quarterMonths(fy: string, quarter: number): { start: string; end: string } {
  const startYear = Number(fy.slice(0, 4));
  const firstMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13
  const year = firstMonth > 12 ? startYear + 1 : startYear;
  const m = ((firstMonth - 1) % 12) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(m)}`, end: `${year}-${pad(m + 2)}` };
}

// A site names the same few dozen months millions of times (every table row of every ward), so each label is made once.
const monthLabels = new Map<string, string>();
const shortMonthLabels = new Map<string, string>();

/** `2012-06` → `June 2012`. */
export function monthLabel(month: string): string {
  let label = monthLabels.get(month);
  if (label === undefined) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    monthLabels.set(month, (label = `${MONTHS[m - 1]} ${y}`));
  }
  return label;
}

/** `2012-06` → `Jun 2012`, for chart axes. */
export function shortMonthLabel(month: string): string {
  let label = shortMonthLabels.get(month);
  if (label === undefined) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    shortMonthLabels.set(month, (label = `${MONTHS[m - 1]?.slice(0, 3)} ${y}`));
  }
  return label;
}

/** A period from two months, in words: `April–June 2012`, `November 2012–January 2013`. */
export function periodLabel(start: string, end: string): string {
  if (start === end) return monthLabel(start);
  const [ys] = start.split('-');
  const [ye] = end.split('-');
  const startName = monthLabel(start).split(' ')[0];
  return ys === ye ? `${startName}–${monthLabel(end)}` : `${monthLabel(start)}–${monthLabel(end)}`;
}

/** Months as a CSV period: `2025-01` for one, `2025-02/2026-01` for the first and last of several. */
export function monthSpan(months: readonly string[]): string {
  const first = months[0]!,
    last = months[months.length - 1]!;
  return first === last ? first : `${first}/${last}`;
}

/**
 * An extract as residents read it: the code "202402-202601" names the 24 months the file
 * covers, so it is said as "the file for February 2024–January 2026", never shown as a code.
 */
export function extractWords(code: string): string {
  const m = /^(\d{4})(\d{2})-(\d{4})(\d{2})$/.exec(code);
  return m ? `the file for ${periodLabel(`${m[1]}-${m[2]}`, `${m[3]}-${m[4]}`)}` : code;
}

/** The month `n` months after `month` (negative to go back). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The earliest and latest of some months (`YYYY-MM` strings), in one pass, or null when
 * there are none: a region's tables hold over a million rows, too many to sort for two ends.
 */
export function monthExtent(months: Iterable<string>): { start: string; end: string } | null {
  let start: string | null = null,
    end: string | null = null;
  for (const m of months) {
    if (start === null || m < start) start = m;
    if (end === null || m > end) end = m;
  }
  return start !== null && end !== null ? { start, end } : null;
}

/** Every month from `start` to `end` inclusive. */
export function monthRange(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = start; m <= end; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Short label for a quarter: `2012/13 Q1`. */
export function quarterLabel(fy: string, quarter: number): string {
  return `${fy} Q${quarter}`;
}
