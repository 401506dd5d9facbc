/**
 * The figures of a ward page, each with the table that is also its CSV download: the
 * change on the year before, the monthly trend against the average ward, small multiples
 * by category, the ward's rank in each category, and anti-social behaviour from
 * data.police.uk (where its set has any); and the change figures of /wards/.
 */
import { lineChart } from '../../charts/lineChart';
import { barChart } from '../../charts/barChart';
import { smallMultiples } from '../../charts/smallMultiples';
import { PHONE_WIDTH } from '../../charts/svg';
import { monthLabel, monthSpan, shortMonthLabel, periodLabel } from '../../core/periods';
import { formatNumber, withContext, type TableData } from '../../core/table-data';
import type { Figure, FigureSpec } from '../../charts/figure';
import type { LegendItem } from '../../charts/legend';
import { figure } from '../figure';
import { areaContext, siteConfig } from '../site';
import { listWords } from '../../core/words';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { latestTwelve, noFiguresSentence, populationBase, wardKey, wardSetData, type Ward } from './';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { wardProvenance, policeUkProvenance } from './provenance';
import { extractWords } from '../../core/periods';
import { rankWords, setRanks } from './ranks';
import { asbOf, asbPeriod, averageWardAsb } from './asb';
import { SET_CHANGE_CSV, WARD_CHANGES_CSV, WARDS_PATH, wardFileHref, wardPageHref } from './paths';
import { boroughChangeTable, changePeriods, wardChangeTable, yearChanges, yearChangeTable } from './year-change';
import { districtNounOf, isLargeArea } from './boroughs';
import { hasRates } from './map';
import { MIN_BASE_FOR_PERCENT, percentNote } from '../verdicts/change';
import { VARIATION_WORDS, changeHeadline, verdictSentence, type RuleVerdict } from '../verdicts/words';

/**
 * Breaks in a series that charts crossing them must mark: new wards in force while the
 * Metropolitan Police still reported the old ones, and its category change of February
 * 2024 (data.police.uk's types did not change then).
 */
export function breakMarkers(
  set: WardSet,
  months: readonly string[],
  short = false,
): Array<{ x: string; label: string }> {
  const out: Array<{ x: string; label: string }> = [];
  if (wardSetData(set).family !== 'mps') return out;
  if (set === '2002-2022' && months.includes('2022-05'))
    out.push({ x: '2022-05', label: short ? 'May 2022' : 'May 2022: new wards in force' });
  if (months[0]! < '2024-02' && months.includes('2024-02'))
    out.push({ x: '2024-02', label: short ? 'Feb 2024' : 'Feb 2024: categories changed' });
  return out;
}

const one = (n: number) => Math.round(n * 10) / 10;

/** What every row of a ward's CSV downloads is: its area and the ward (by code, name and set). */
export function wardContext(w: Ward): NonNullable<TableData['context']> {
  return { ...areaContext(), ward_code: w.code, ward_name: w.name, ward_set: w.set };
}

/** A figure of a ward's page, at `#<id>` there, with its CSV at `/wards/<slug>/<slug>-<id>.csv`. */
function wardFigure(w: Ward, id: string, spec: Omit<FigureSpec, 'csvHref' | 'page' | 'anchor'>): Figure {
  return figure({
    ...spec,
    csvHref: wardFileHref(w.slug, id),
    page: wardPageHref(w),
    anchor: id,
    legendLabel: 'Key',
    table: withContext(spec.table, wardContext(w)),
  });
}

/** The legend of a chart of this ward against the average ward, drawn as lines. */
const againstAverage = (w: Ward): LegendItem[] => [
  { label: w.name, swatch: { kind: 'series', index: 0 } },
  { label: 'Average ward', swatch: { kind: 'series', index: 1 } },
];

/** A figure of /wards/, for all of a set's wards, with its CSV naming the area. */
function setFigure(anchor: string, csvHref: string, spec: Omit<FigureSpec, 'csvHref' | 'page' | 'anchor'>): Figure {
  const area = areaContext();
  return figure({
    ...spec,
    csvHref,
    page: WARDS_PATH,
    anchor,
    table: withContext(spec.table, area),
    ...(spec.csvTable ? { csvTable: withContext(spec.csvTable, area) } : {}),
  });
}

/** Monthly figure for the average ward of the set (borough ward sum ÷ number of wards), unrounded. */
function averageWard(set: WardSet, category: string, month: string): number {
  const d = wardSetData(set);
  return (d.total.get(category)!.get(month) ?? 0) / d.wards.length;
}

/** All crime by month, this ward against the average ward. */
export function trendChart(w: Ward): Figure {
  const d = wardSetData(w.set);
  const mine = d.series.get(w.code)!.get(ALL_CRIME.id)!;
  // A month the source lacks is a gap in the lines and an empty cell, never a 0.
  const rows = d.months.map((m) => {
    const missing = d.missingMonths.has(m);
    return {
      month: m,
      offences: missing ? null : (mine.get(m) ?? 0),
      average_ward: missing ? null : averageWard(w.set, ALL_CRIME.id, m),
      police_file: missing ? '' : extractWords(d.extractOf.get(m) ?? ''),
    };
  });
  const title = `All crime each month, ${w.name} and the average ward`;
  const counted = rows.filter((r) => r.offences !== null) as Array<(typeof rows)[number] & { offences: number }>;
  const first = counted[0]!,
    last = counted[counted.length - 1]!;
  const gaps = rows.filter((r) => r.offences === null).map((r) => monthLabel(r.month));
  const svg = lineChart(
    [
      { id: 'ward', label: w.name, points: rows.map((r) => ({ x: r.month, y: r.offences })) },
      { id: 'average', label: 'Average ward', points: rows.map((r) => ({ x: r.month, y: r.average_ward })) },
    ],
    {
      id: 'trend-chart',
      title,
      desc: `Line chart of offences per month from ${shortMonthLabel(first.month)} to ${shortMonthLabel(last.month)}.`,
      x: d.months,
      xLabel: shortMonthLabel,
      xTickEvery: 6,
      yLabel: 'Offences',
      markers: breakMarkers(w.set, d.months),
    },
  );
  const total = counted.reduce((n, r) => n + r.offences, 0);
  const peak = counted.reduce((a, b) => (b.offences > a.offences ? b : a));
  return wardFigure(w, 'trend', {
    title,
    svg,
    legend: againstAverage(w),
    summary: `${w.name} had ${total.toLocaleString('en-GB')} offences recorded over ${periodLabel(first.month, last.month)}, ${first.offences} in the first month and ${last.offences} in the last; the highest month was ${shortMonthLabel(peak.month)} with ${peak.offences}. The average ward had ${one(counted.reduce((n, r) => n + r.average_ward!, 0)).toLocaleString('en-GB')} over the same months.${noFiguresSentence(gaps)}`,
    table: {
      caption: `${title} (${WARD_SET_INFO[w.set].short})`,
      rowHeader: 'month',
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'offences', label: w.name, numeric: true },
        { key: 'average_ward', label: 'Average ward', numeric: true, decimals: 1 },
        { key: 'police_file', label: 'Police file' },
      ],
      rows,
      context: { category: ALL_CRIME.id, measure: 'count' },
    },
    provenance: wardProvenance(w.set, d.months),
  });
}

/** Height of a category's panel in the phone layout, which stacks the panels in one column. */
const PHONE_PANEL_HEIGHT = 116;

/** Small multiples: one line chart per major category with any offences in the ward. */
export function categoriesChart(w: Ward): Figure {
  const d = wardSetData(w.set);
  const s = d.series.get(w.code)!;
  const cats = d.categoryList.filter((c) => [...s.get(c.id)!.values()].some((v) => v > 0));
  const markers = breakMarkers(w.set, d.months, true);
  const panels = cats.map((c, i) => {
    const panel = (width: number, id: string, height: number) =>
      lineChart([{ id: c.id, label: c.label, points: d.months.map((m) => ({ x: m, y: s.get(c.id)!.get(m) ?? 0 })) }], {
        id,
        title: c.label,
        desc: `Offences per month in ${w.name}: ${c.label.toLowerCase()}.`,
        x: d.months,
        xLabel: shortMonthLabel,
        xTickEvery: d.months.length,
        yLabel: 'Offences',
        width,
        height,
        markers,
        phone: false,
        dots: false,
      });
    return {
      title: c.shortLabel ?? c.label,
      svg: panel(230, `cat-${i}`, 150),
      // A phone shows the panels one under another: lower ones keep the page short, and shapes are what they compare.
      phoneSvg: panel(PHONE_WIDTH, `cat-${i}-phone`, PHONE_PANEL_HEIGHT),
    };
  });
  const svg = smallMultiples(panels, {
    id: 'categories-chart',
    title: `Offences each month by category, ${w.name}`,
    desc: `${cats.length} small line charts, one per category, each with its own scale.`,
    columns: 2,
    cellWidth: 230,
    chartHeight: 150,
    phoneChartHeight: PHONE_PANEL_HEIGHT,
  });
  const totals = cats
    .map((c) => ({ c, n: [...s.get(c.id)!.values()].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.n - a.n);
  const title = `Offences each month by category, ${w.name}`;
  return wardFigure(w, 'categories', {
    title,
    svg,
    summary: `Over the whole series the largest categories in ${w.name} were ${totals
      .slice(0, 3)
      .map((t) => `${t.c.label.toLowerCase()} (${t.n.toLocaleString('en-GB')})`)
      .join(
        ', ',
      )}. Each small chart has its own scale, so compare shapes, not heights.${markers.length ? ` The dashed line marks ${w.set === '2022' ? 'February 2024, when burglary and violence categories changed' : 'May 2022, when new wards came into force'}.` : ''}`,
    table: {
      caption: `${title} (${WARD_SET_INFO[w.set].short})`,
      rowHeader: 'month',
      columns: [{ key: 'month', label: 'Month' }, ...cats.map((c) => ({ key: c.id, label: c.label, numeric: true }))],
      rows: d.months.map((m) =>
        Object.fromEntries([['month', m], ...cats.map((c) => [c.id, s.get(c.id)!.get(m) ?? 0])]),
      ),
      context: { measure: 'count' },
    },
    provenance: wardProvenance(w.set, d.months),
  });
}

/** Latest 12 months by category: the ward's count, its rank among the wards, and the average ward. */
export function ranksChart(w: Ward): Figure {
  const d = wardSetData(w.set);
  const months = latestTwelve(w.set);
  const withRates = hasRates(w.set);
  const me = d.wards.findIndex((x) => x.code === w.code);
  const base = populationBase(w.set);
  // Averages, percentages and ranks all use unrounded values; tables round only for display.
  const rows = setRanks(w.set).map((c) => {
    const average = c.sum / d.wards.length;
    return {
      category: c.label,
      offences: c.counts[me]!,
      rank: rankWords(c.ranks[me]!, c.ranks),
      average_ward: average,
      // Against an average of a few offences (one fraud offence against 0.05) a percentage misleads: left out, as for change.
      percent_of_average: average >= MIN_BASE_FOR_PERCENT ? (c.counts[me]! / average) * 100 : null,
      ...(withRates
        ? {
            rate_per_1000: c.rates[me]!,
            rate_rank: rankWords(c.rateRanks[me]!, c.rateRanks),
            all_wards_rate_per_1000: c.allWardsRate,
          }
        : {}),
    };
  });
  const period = periodLabel(months[0]!, months[months.length - 1]!);
  // Ranked among every ward of the set in the area (all of London, say), not only the ward's borough.
  const title = `${w.name} against ${siteConfig().area.name}'s wards, ${period}`;
  const all = rows[0]!;
  const fmt2 = (v: number | null | undefined) => formatNumber(v ?? 0, 2);
  // All crime is left out of the bars (it would dwarf every category); it leads the table.
  const svg = barChart(
    rows.slice(1).map((r) => ({ label: r.category, value: r.offences, compare: Math.round(r.average_ward * 10) / 10 })),
    {
      id: 'ranks-chart',
      title,
      desc: `Bar chart of offences in ${w.name} in each ${d.family === 'mps' ? 'major ' : ''}category, with the average ward for comparison. All crime is in the table.`,
      seriesLabels: { value: w.name, compare: 'Average ward' },
    },
  );
  return wardFigure(w, 'ranks', {
    title,
    svg,
    legend: [
      { label: w.name, swatch: { kind: 'bar' } },
      { label: 'Average ward', swatch: { kind: 'compare' } },
    ],
    summary: `Over ${period} ${w.name} had ${all.offences.toLocaleString('en-GB')} offences, ${all.rank} of ${d.wards.length} wards (1st has the most); the average ward had ${one(all.average_ward).toLocaleString('en-GB')}.${withRates ? ` Per 1,000 residents (base: ${base}) that is ${fmt2(all.rate_per_1000)}, ${all.rate_rank} of ${d.wards.length}, against ${fmt2(all.all_wards_rate_per_1000)} for ${siteConfig().area.name}'s ${d.wards.length} wards together.` : ''}`,
    table: {
      caption: `${title}: 1st is the highest of ${d.wards.length} wards; wards with equal figures share a place (${WARD_SET_INFO[w.set].short}). A dash in % of average: the average ward had fewer than ${MIN_BASE_FOR_PERCENT} offences, too few for a percentage to mean much`,
      rowHeader: 'category',
      columns: [
        { key: 'category', label: 'Category' },
        { key: 'offences', label: `${w.name} (offences)`, numeric: true },
        ...(withRates
          ? [{ key: 'rate_per_1000', label: `Per 1,000 residents (${base})`, numeric: true, decimals: 2 }]
          : []),
        { key: 'rank', label: 'Rank' },
        ...(withRates ? [{ key: 'rate_rank', label: 'Rate rank' }] : []),
        { key: 'average_ward', label: 'Average ward', numeric: true, decimals: 1 },
        { key: 'percent_of_average', label: '% of average', numeric: true, decimals: 0 },
        ...(withRates
          ? [{ key: 'all_wards_rate_per_1000', label: 'All wards per 1,000', numeric: true, decimals: 2 }]
          : []),
      ],
      rows,
      context: { period: monthSpan(months) },
    },
    provenance: wardProvenance(w.set, months, { rate: withRates }),
  });
}

/** Anti-social behaviour each month from data.police.uk, this ward against the average ward; null when its set has none. */
export function asbChart(w: Ward): Figure | null {
  const mine = asbOf(w);
  if (!mine) return null;
  const avg = averageWardAsb(w.set);
  const period = asbPeriod(w.set);
  const months = mine.map((m) => m.month);
  const rows = mine.map((m, i) => ({
    month: m.month,
    asb_records: m.count,
    average_ward: avg[i]!.count,
    status: m.count === null ? 'missing from source' : 'recorded',
  }));
  const title = `Anti-social behaviour each month, ${w.name} and the average ward (data.police.uk)`;
  const gaps = period.missing.map(monthLabel);
  const svg = lineChart(
    [
      { id: 'ward', label: w.name, points: rows.map((r) => ({ x: r.month, y: r.asb_records })) },
      { id: 'average', label: 'Average ward', points: rows.map((r) => ({ x: r.month, y: r.average_ward })) },
    ],
    {
      id: 'asb-chart',
      title,
      desc: `Line chart of anti-social behaviour records per month, ${monthLabel(period.from)} to ${monthLabel(period.to)}${gaps.length ? `, with a gap for ${gaps.join(', ')}` : ''}.`,
      x: months,
      xLabel: shortMonthLabel,
      xTickEvery: 6,
      yLabel: 'ASB records',
    },
  );
  const known = rows.filter((r) => r.asb_records !== null);
  const total = known.reduce((n, r) => n + r.asb_records!, 0);
  return wardFigure(w, 'asb', {
    title,
    svg,
    legend: againstAverage(w),
    summary: `data.police.uk lists ${total.toLocaleString('en-GB')} anti-social behaviour incidents in ${w.name} over the ${known.length} months with figures between ${monthLabel(period.from)} and ${monthLabel(period.to)}${gaps.length ? ` (${gaps.join(', ')} ${gaps.length === 1 ? 'is' : 'are'} missing from the source)` : ''}. The average ward had ${one(known.reduce((n, r) => n + (r.average_ward ?? 0), 0)).toLocaleString('en-GB')}.`,
    table: {
      caption: `${title} (${WARD_SET_INFO[w.set].short})`,
      rowHeader: 'month',
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'asb_records', label: w.name, numeric: true },
        { key: 'average_ward', label: 'Average ward', numeric: true, decimals: 1 },
        { key: 'status', label: 'Status' },
      ],
      rows,
    },
    provenance: policeUkProvenance(w.set),
  });
}

/**
 * A change figure's summary: all crime's verdict; then each category with a target rule in
 * the same one-sentence form, the other categories whose change is beyond normal variation
 * in one list, and the rest in one clause, so the verdict words are not repeated per category.
 */
function changeSummaryText(
  changes: ReturnType<typeof yearChanges>,
  who: string,
  p: NonNullable<ReturnType<typeof changePeriods>>,
  rules: ReadonlyMap<string, RuleVerdict>,
): string {
  const all = changes[0]!.change;
  const n = (v: number) => v.toLocaleString('en-GB');
  const categories = changes.slice(1);
  const ruled = categories.filter((c) => rules.has(c.category));
  const beyond = categories.filter((c) => c.change.significant && !rules.has(c.category));
  const rest = categories.filter((c) => !ruled.includes(c) && !beyond.includes(c));
  return [
    `${who}: ${n(all.later)} offences in ${p.laterLabel} against ${n(all.earlier)} in ${p.earlierLabel}.`,
    verdictSentence(all, { subject: 'All crime', rule: rules.get(changes[0]!.category) ?? null }),
    ...(percentNote(all) ? [`(${percentNote(all)}.)`] : []),
    ...ruled.map((c) => verdictSentence(c.change, { subject: c.label, rule: rules.get(c.category)! })),
    beyond.length
      ? `${beyond.length === 1 ? 'The category' : 'Categories'} whose change is ${VARIATION_WORDS.beyond}: ${listWords(beyond.map((c) => `${c.label.toLowerCase()} ${changeHeadline(c.change)}`))}.`
      : '',
    rest.length
      ? `${ruled.length || beyond.length ? 'Every other category' : 'Every category'}'s change is ${VARIATION_WORDS.within}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The latest 12 months against the 12 before, all crime and each category (a table-only figure); null with under 24 months. */
export function wardChangeFigure(w: Ward): Figure | null {
  const p = changePeriods(w.set);
  if (!p) return null;
  const title = `Change on the year before, ${w.name}`;
  return wardFigure(w, 'change', {
    title,
    svg: null,
    summary: changeSummaryText(yearChanges(w.set, w.code), `All crime in ${w.name}`, p, new Map()),
    table: yearChangeTable(w.set, w.code, w.name),
    provenance: wardProvenance(w.set, [...p.earlier, ...p.later]),
  });
}

/**
 * The same change figure for all of a set's wards together (for /wards/); null with under
 * 24 months. `rules`: the partnership's target rule applied to a category whose change is an
 * indicator's (the same offences over the same months), said in the same sentence.
 */
export function setChangeFigure(set: WardSet, rules: ReadonlyMap<string, RuleVerdict> = new Map()): Figure | null {
  const p = changePeriods(set);
  if (!p) return null;
  const n = wardSetData(set).wards.length;
  return setFigure('change', SET_CHANGE_CSV, {
    title: `Change on the year before, all ${n} wards together`,
    svg: null,
    summary: changeSummaryText(yearChanges(set, null), `All crime across the ${n} wards`, p, rules),
    table: yearChangeTable(set, null, `all ${n} wards`),
    provenance: wardProvenance(set, [...p.earlier, ...p.later]),
  });
}

/**
 * Every ward's change in all crime, as a table sortable by change (for /wards/); null with
 * under 24 months. In a large area the table is by borough and names no wards in its summary,
 * so the page does not grow with every ward; the CSV keeps every ward.
 */
export function wardChangesFigure(set: WardSet): Figure | null {
  const p = changePeriods(set);
  if (!p) return null;
  const wards = wardChangeTable(set);
  const up = wards.rows.filter((r) => Number(r.difference) > 0).length;
  const sig = wards.rows.filter((r) => r.chance === 'yes');
  const large = isLargeArea();
  const sigText = !sig.length
    ? `Every ward's change is ${VARIATION_WORDS.within}.`
    : large
      ? `${sig.length} ${sig.length === 1 ? "ward's change is" : "wards' changes are"} ${VARIATION_WORDS.beyond}; the table counts them by ${districtNounOf(set)}.`
      : `Changes ${VARIATION_WORDS.beyond}: ${sig.map((r) => r.ward_name).join(', ')}; every other ward's change is ${VARIATION_WORDS.within}.`;
  return setFigure('ward-changes', WARD_CHANGES_CSV, {
    title: `All crime by ${large ? districtNounOf(set) : 'ward'}, ${p.laterLabel} against ${p.earlierLabel}`,
    svg: null,
    summary: `${up} of ${wards.rows.length} wards had more offences than the year before. ${sigText} The map of change by ward is one of the map's views below.`,
    // In a large area the table is by borough and the CSV keeps every ward.
    table: large ? boroughChangeTable(set) : wards,
    ...(large ? { csvTable: wards } : {}),
    provenance: wardProvenance(set, [...p.earlier, ...p.later]),
  });
}

const chartsCache = new Map<string, Figure[]>();

/** Every figure of a ward's page, in page order (built once: the page and its CSV routes share them). */
export function wardCharts(w: Ward): Figure[] {
  const key = wardKey(w.set, w.code);
  let charts = chartsCache.get(key);
  if (!charts)
    chartsCache.set(
      key,
      (charts = [wardChangeFigure(w), trendChart(w), ranksChart(w), categoriesChart(w), asbChart(w)].filter(
        (c): c is Figure => c !== null,
      )),
    );
  return charts;
}
