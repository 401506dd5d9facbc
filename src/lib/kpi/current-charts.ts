/**
 * Figures of the current view: the rolling 12-month series with each financial year's
 * target level, the overlap of the two police sources, and the financial-year quarters
 * to the latest month. Figures like every other indicator chart, so each gets its table,
 * CSV, image, citation and embed.
 */
import { lineChart } from '../../charts/lineChart';
import { formatNumber, signOf, type TableData } from '../../core/table-data';
import {
  extractWords,
  financialYear,
  monthLabel,
  periodLabel,
  quarterLabel,
  shortMonthLabel,
} from '../../core/periods';
import type { Provenance } from '../../core/provenance';
import type { KpiData } from './data';
import { exactNumber, indicatorFigure, sourceName, sourcesLicence } from './charts';
import type { Figure } from '../../charts/figure';
import { CATEGORY_CHANGE_MONTH, ruleVerdict, yearTargetLevels, type CurrentSeries } from './current';
import { verdictSentence } from '../verdicts/words';
import { meetsThreshold, type Polarity } from './targets';
import { formatPercent, observationsOf, totalMeasure, type TargetStatus } from './status';

const n = formatNumber;
/** Label shown with every recomputed figure: it is the portal's, not the partnership's. */
export const RECOMPUTED_LABEL = 'recomputed from police open data; not an official partnership figure';

/** Which months come from which source, in one sentence. */
export function coverageSentence(s: CurrentSeries): string {
  const b = s.coverage.borough;
  const w = s.coverage.wards;
  if (!w) return `${periodLabel(b.from, b.to)} come from the police's borough file; no later months are available.`;
  const why =
    b.to === b.fileEnd
      ? `because the borough file ends in ${monthLabel(b.fileEnd)}`
      : `because the borough file ends in ${monthLabel(b.fileEnd)} and the two 12-month periods compared are taken from one file; where both sources have a month, the ward sums are used`;
  return `${periodLabel(b.from, b.to)} come from the police's borough file; ${periodLabel(w.from, w.to)} are the sum of the counts for every ward, from the police's ward data (${w.extracts.map(extractWords).join(', ')}), ${why}.`;
}

/**
 * The one place the two sources' difference over a compared period is stated (the
 * indicator page): the 12 months before, from the ward sums as used, against the borough
 * file where it covers the same months. Null when the borough file does not cover them or
 * they come from it anyway.
 */
export function sourceDifferenceSentence(s: CurrentSeries): string | null {
  const c = s.comparison;
  if (!c || s.comparisonSource.kind !== 'wards') return null;
  const months = s.overlap.filter((o) => o.month >= c.previous.start && o.month <= c.previous.end);
  if (months.length !== 12) return null;
  const borough = months.reduce((n, o) => n + o.borough, 0);
  const wards = months.reduce((n, o) => n + o.wards, 0);
  const diff = borough - wards;
  return `The borough file also covers ${periodLabel(c.previous.start, c.previous.end)}: it gives ${n(borough)} for those 12 months, ${n(Math.abs(diff))} ${diff >= 0 ? 'more' : 'fewer'} than the ${n(wards)} of the ward sums used here (${formatPercent1((diff / wards) * 100)}). This page, the home page and the ward pages all use the ward sums for these months.`;
}

/** The largest monthly gap between the two sources, as a sentence. */
export function overlapSentence(s: CurrentSeries): string {
  if (s.overlap.length === 0) return 'The two sources share no month, so their agreement cannot be measured.';
  const worst = [...s.overlap].sort(
    (a, b) => Math.abs(b.percent) - Math.abs(a.percent) || (a.month < b.month ? -1 : 1),
  )[0]!;
  const within = s.overlap.filter((o) => Math.abs(o.percent) <= 1).length;
  return `Where both sources cover a month (${periodLabel(s.overlap[0]!.month, s.overlap.at(-1)!.month)}, ${s.overlap.length} months), the ward sums differ from the borough file by at most ${formatPercent1(worst.percent)} (${monthLabel(worst.month)}: ${n(worst.wards)} against ${n(worst.borough)}); ${within} of the ${s.overlap.length} months agree within 1%. The ward sums run lower in the later months, mostly because offences the police cannot place in a ward are left out of the ward file.`;
}

const formatPercent1 = (v: number) =>
  `${signOf(v)}${Math.abs(v).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

function provenance(data: KpiData, s: CurrentSeries, start: string, end: string, extra: string[] = []): Provenance {
  const b = sourceName(data, 'mps-borough-crime');
  const w = sourceName(data, 'mps-ward-crime-2023-2026');
  return {
    source: `${b.publisher}, ${b.title}; ${w.publisher}, ${w.title}`,
    period: periodLabel(start, end),
    caveats: [
      `Figures ${RECOMPUTED_LABEL}: the portal adds up the police categories that match the partnership's portfolio (see the mapping on the About the data page).`,
      coverageSentence(s),
      ...(s.coverage.wards
        ? [
            'The ward sums use the wards in force from May 2022; ward boundaries changed then, but the wards together cover the same area as the borough, so the sum is comparable with the borough file.',
          ]
        : []),
      `In ${monthLabel(CATEGORY_CHANGE_MONTH)} the police changed their crime categories (residential burglary replaced burglary in a dwelling; stalking and harassment are shown apart from other violence). The portal counts whole groups, so totals stay comparable across the change; the sub-categories do not.`,
      ...extra,
    ],
    ...sourcesLicence(data, [b.source_id, w.source_id]),
  };
}

/** The rolling 12-month total for every month, with each financial year's target level. */
export function rollingSpec(data: KpiData, s: CurrentSeries): Figure {
  const levels = yearTargetLevels(s);
  const name = s.indicator.short_title;
  const rows = s.rolling.map((r) => ({
    period: `12 months to ${monthLabel(r.end)}`,
    period_start: r.start,
    period_end: r.end,
    offences: r.total,
    ward_months: r.wardMonths,
    financial_year: financialYear(r.end),
    target_level: levels.get(financialYear(r.end)) ?? null,
  }));
  const table: TableData = {
    caption: `${name}: offences in the 12 months to each month, ${RECOMPUTED_LABEL}`,
    rowHeader: 'period',
    columns: [
      { key: 'period', label: '12 months to' },
      { key: 'period_start', label: 'From' },
      { key: 'period_end', label: 'To' },
      { key: 'offences', label: 'Offences in the 12 months', numeric: true },
      { key: 'ward_months', label: 'Months from ward sums', numeric: true },
      { key: 'financial_year', label: 'Financial year of the last month' },
      { key: 'target_level', label: 'Target level for that year', numeric: true },
    ],
    rows,
  };
  const first = s.rolling[0]!;
  const last = s.rolling.at(-1)!;
  const pct = s.target.value;
  const judged = s.years.filter((y) => levels.has(y.financial_year));
  const met = judged.filter((y) =>
    meetsThreshold(y.total, levels.get(y.financial_year)!, s.indicator.polarity as Polarity),
  );
  const summary = `In the 12 months to ${monthLabel(last.end)} the police recorded ${n(last.total)} ${name.toLowerCase()} offences, against ${n(first.total)} in the 12 months to ${monthLabel(first.end)}. Each financial year's target level is the previous full year's total ${pct < 0 ? 'less' : 'plus'} ${Math.abs(pct)}%, the rule the partnership set for ${s.target.year}, applied to every year; ${met.length} of the ${judged.length} full years with a previous year to compare ended at or ${s.indicator.polarity === 'lower-is-better' ? 'below' : 'above'} their level.`;
  const x = s.rolling.map((r) => r.end);
  // Totals that include ward-sum months are a separate line, joined to the last borough-only total.
  const lastBorough = [...s.rolling].reverse().find((r) => r.wardMonths === 0)?.end;
  const svg = lineChart(
    [
      {
        id: 'rolling',
        label: 'Offences in 12 months, borough file',
        points: s.rolling.map((r) => ({ x: r.end, y: r.wardMonths === 0 ? r.total : null })),
      },
      {
        id: 'target',
        label: 'Target level for the financial year',
        points: s.rolling.map((r) => ({ x: r.end, y: levels.get(financialYear(r.end)) ?? null })),
      },
      {
        id: 'rolling-wards',
        label: 'Offences in 12 months, including ward sums',
        points: s.rolling.map((r) => ({ x: r.end, y: r.wardMonths > 0 || r.end === lastBorough ? r.total : null })),
      },
    ],
    {
      id: `${s.indicator.indicator_id}-rolling`,
      title: table.caption,
      desc: summary,
      x,
      xLabel: (m) => m.slice(0, 4),
      xTickEvery: 24,
      yLabel: 'offences in 12 months',
      markers: x.includes(CATEGORY_CHANGE_MONTH)
        ? [{ x: CATEGORY_CHANGE_MONTH, label: `Categories change (${shortMonthLabel(CATEGORY_CHANGE_MONTH)})` }]
        : [],
    },
  );
  return indicatorFigure(s.indicator.indicator_id, 'rolling', {
    title: `${name}: the last 12 months, month by month`,
    summary,
    svg,
    table,
    legend: [
      { label: 'Offences in the 12 months to each month (borough file)', swatch: { kind: 'series', index: 0 } },
      ...(lastBorough !== last.end
        ? [{ label: 'The same, including months from the ward sums', swatch: { kind: 'series' as const, index: 2 } }]
        : []),
      {
        label: `Target level for each financial year (previous year ${formatPercent(pct)})`,
        swatch: { kind: 'series', index: 1 },
      },
    ],
    provenance: provenance(data, s, first.start, last.end, [
      `The first 12-month total ends in ${monthLabel(first.end)}, twelve months after the series starts.`,
      ...(s.coverage.wards
        ? [
            `From ${monthLabel(s.coverage.wards.from)} the 12-month totals include months from the ward sums (column "Months from ward sums"), which run slightly below the borough file.`,
          ]
        : []),
    ]),
  });
}

/** Borough file against ward sums, month by month where both exist. */
export function overlapSpec(data: KpiData, s: CurrentSeries): Figure | null {
  if (s.overlap.length === 0) return null;
  const table: TableData = {
    caption: `${s.indicator.short_title}: the police borough file against the sum of its wards, by month`,
    rowHeader: 'month',
    columns: [
      { key: 'month', label: 'Month' },
      { key: 'borough', label: 'Borough file', numeric: true },
      { key: 'wards', label: 'Sum of wards', numeric: true },
      { key: 'difference', label: 'Difference', numeric: true },
      { key: 'difference_percent', label: 'Difference (%)', numeric: true, decimals: 1 },
    ],
    rows: s.overlap.map((o) => ({
      month: o.month,
      borough: o.borough,
      wards: o.wards,
      difference: o.difference,
      difference_percent: o.percent,
    })),
  };
  return indicatorFigure(s.indicator.indicator_id, 'overlap', {
    title: 'How closely the two police sources agree',
    summary: overlapSentence(s),
    svg: null,
    table,
    provenance: provenance(data, s, s.overlap[0]!.month, s.overlap.at(-1)!.month),
  });
}

/** Financial-year quarters to the latest month, with the partnership's published figures beside them. */
export function quartersSpec(data: KpiData, s: CurrentSeries): Figure {
  const total = totalMeasure(data, s.indicator.indicator_id);
  const published = new Map(observationsOf(data, total.measure_id).map((o) => [o.period_start, o.value]));
  const key = (q: { financial_year: string; quarter: number }) => quarterLabel(q.financial_year, q.quarter);
  const name = s.indicator.short_title;
  const table: TableData = {
    caption: `${name}: offences by financial-year quarter, ${RECOMPUTED_LABEL}`,
    rowHeader: 'quarter',
    columns: [
      { key: 'quarter', label: 'Quarter' },
      { key: 'period_start', label: 'From' },
      { key: 'period_end', label: 'To' },
      { key: 'months', label: 'Months with data', numeric: true },
      { key: 'recomputed', label: 'Recomputed (offences)', numeric: true },
      { key: 'ward_months', label: 'Months from ward sums', numeric: true },
      { key: 'published', label: 'Published by the partnership', numeric: true },
    ],
    rows: s.quarters.map((q) => ({
      quarter: key(q),
      period_start: q.start,
      period_end: q.end,
      months: q.months,
      recomputed: q.count,
      ward_months: q.wardMonths,
      published: published.get(q.start) ?? null,
    })),
  };
  const complete = s.quarters.filter((q) => q.complete);
  const partial = s.quarters.filter((q) => !q.complete);
  const first = complete[0]!;
  const last = complete.at(-1)!;
  const peak = [...complete].sort((a, b) => b.count - a.count)[0]!;
  const low = [...complete].sort((a, b) => a.count - b.count)[0]!;
  const summary =
    `${name} went from ${n(first.count)} offences in ${key(first)} to ${n(last.count)} in ${key(last)}. The highest complete quarter was ${key(peak)} (${n(peak.count)}) and the lowest ${key(low)} (${n(low.count)}).` +
    partial
      .map(
        (p) =>
          ` ${key(p)} has only ${p.months} ${p.months === 1 ? 'month' : 'months'} of data so far and is left off the chart.`,
      )
      .join('');
  const x = complete.map(key);
  const changeQuarter = s.quarters.find((q) => q.start <= CATEGORY_CHANGE_MONTH && q.end >= CATEGORY_CHANGE_MONTH);
  const svg = lineChart(
    [
      {
        id: 'recomputed',
        label: 'Recomputed from open data',
        points: complete.map((q) => ({ x: key(q), y: q.count })),
      },
      {
        id: 'published',
        label: 'Published by the partnership',
        points: complete.map((q) => ({ x: key(q), y: published.get(q.start) ?? null })),
      },
    ],
    {
      id: `${s.indicator.indicator_id}-long-run`,
      title: table.caption,
      desc: summary,
      x,
      yLabel: 'offences per quarter',
      xLabel: (q) => q.replace(/ Q\d$/, ''),
      xTickEvery: 8,
      markers:
        changeQuarter && x.includes(key(changeQuarter))
          ? [{ x: key(changeQuarter), label: `Categories change (${shortMonthLabel(CATEGORY_CHANGE_MONTH)})` }]
          : [],
    },
  );
  return indicatorFigure(s.indicator.indicator_id, 'long-run', {
    title: `${name} by quarter since ${first.financial_year}, ${RECOMPUTED_LABEL}`,
    summary,
    svg,
    table,
    legend: [
      { label: 'Recomputed from open data', swatch: { kind: 'series', index: 0 } },
      { label: 'Published by the partnership', swatch: { kind: 'series', index: 1 } },
    ],
    provenance: provenance(data, s, s.quarters[0]!.start, s.quarters.at(-1)!.end),
  });
}

/** The rule applied to now, as a badge: words, icon and tone; the explanation is the verdict sentence. */
export function currentStatus(s: CurrentSeries): TargetStatus {
  const c = s.comparison;
  if (!c)
    return {
      tone: 'none',
      label: 'Not enough months',
      explanation: 'The data holds fewer than 24 months, so the latest 12 cannot be compared with the 12 before.',
    };
  return { tone: c.tone, label: c.label, explanation: currentVerdictSentence(s) };
}

/**
 * The change on the year before with both verdicts, in the words every page uses: "Up 1.7%
 * on the year before: the 2012/13 rule (−2%) is not met; the rise is within normal
 * year-to-year variation." Empty without 24 months.
 */
export function currentVerdictSentence(s: CurrentSeries): string {
  return s.variation ? verdictSentence(s.variation, { rule: ruleVerdict(s) }) : '';
}

/** The arithmetic of the threshold: "no more than 6,438 (6,570 × 0.98 = 6,438.6)". */
export function thresholdSentence(s: CurrentSeries): string {
  const c = s.comparison;
  if (!c) return '';
  const factor = (100 + s.target.value) / 100;
  return `${s.indicator.polarity === 'lower-is-better' ? 'no more than' : 'at least'} ${n(c.threshold)} (${n(c.previous.total)} × ${factor} = ${exactNumber(c.exact)})`;
}

/** What the two compared periods are made of, and what the February 2024 category change does to them. */
export function comparisonSentence(s: CurrentSeries): string {
  const c = s.comparison;
  if (!c) return '';
  const src =
    s.comparisonSource.kind === 'wards'
      ? `Both periods are sums of the ward counts from one police ward file (${s.comparisonSource.extracts.map(extractWords).join(', ')}), so like is compared with like. The borough file ends in ${monthLabel(s.coverage.borough.fileEnd)}, and the ward sums run slightly below it, so mixing the two would tilt the comparison.`
      : `The periods come from the borough file${s.comparisonSource.extracts.length ? ` and, for the months it lacks, the ward sums (${s.comparisonSource.extracts.map(extractWords).join(', ')})` : ''}.`;
  const change = s.straddlesCategoryChange
    ? `The earlier period starts before ${monthLabel(CATEGORY_CHANGE_MONTH)}, when the police changed their crime categories: the totals count whole groups so they stay comparable, but burglary and harassment sub-categories do not line up across the change.`
    : `Both periods start in or after ${monthLabel(CATEGORY_CHANGE_MONTH)}, when the police changed their crime categories (residential burglary split out; stalking and harassment shown apart), so both use the same categories and the change does not affect this comparison.`;
  return `${src} ${change}`;
}

/** The answer an indicator page leads with: the count, then both verdicts in one sentence, then the rule's level. */
export function leadSentence(s: CurrentSeries): string {
  const c = s.comparison;
  if (!c) return `The data holds too few months to compare the latest 12 with the 12 before.`;
  const dir = c.change.count < 0 ? 'fewer' : 'more';
  return `In the 12 months to ${monthLabel(c.latest.end)} the police recorded ${n(c.latest.total)} ${s.indicator.short_title.toLowerCase()} offences, ${n(Math.abs(c.change.count))} ${dir} than the ${n(c.previous.total)} of the 12 months before. ${currentVerdictSentence(s)} The rule's level for these months is ${thresholdSentence(s)}. These figures are ${RECOMPUTED_LABEL}.`;
}
