/**
 * Everything one ward map view shows, computed apart from rendering, as a Figure: the
 * classed values, the legend, the SVG, the text summary, the table (which is also the CSV
 * download) and the source line.
 */
import { classify, type Classification } from '../../charts/classify';
import { classFill, fillFor, NO_DATA_FILL } from '../../charts/choropleth-fill';
import { formatNumber, withContext, type TableData } from '../../core/table-data';
import type { Figure } from '../../charts/figure';
import type { LegendItem } from '../../charts/legend';
import { monthLabel, monthSpan } from '../../core/periods';
import { figure } from '../figure';
import { areaContext } from '../site';
import { wardMapByReference } from '../../charts/choropleth';
import { setShapes } from './shapes';
import { boroughsOf, capitalised, districtNounOf, isLargeArea } from './boroughs';
import { WARD_SET_INFO } from '../../schemas/vocab/ward-sets';
import {
  choiceTitle,
  defaultChoice,
  formatValue,
  hasRates,
  isMonthView,
  mapCategories,
  mapValues,
  measureUnit,
  periodMonths,
  type MapChoice,
  type MapValue,
} from './map';
import { wardProvenance } from './provenance';
import { rankValues } from './ranks';
import { boroughPath, choicePath, mapCsvHref, monthCsvHref, shapesHref, WARDS_PATH, wardPageHref } from './paths';
import { DIVERGING_CLASSES, divergingClassOf } from '../../charts/diverging';
import { changeContext, changePeriods, wardsChange } from './year-change';
import { VARIATION_COLUMN, VARIATION_WORDS, variationCell } from '../verdicts/words';
import { missingIn, noFiguresSentence, populationBase, ratePerThousand } from './';
import { categoryLabel } from './categories';

/** The accessible name of a map's legend. */
export const MAP_LEGEND_LABEL = 'Key to the map colours';

/** A legend entry of a map: a colour and what it stands for. */
export function fillEntry(color: string, label: string): LegendItem {
  return { label, swatch: { kind: 'fill', color } };
}

function legendOf(c: Classification, values: MapValue[], choice: MapChoice): LegendItem[] {
  const n = c.thresholds.length + 1;
  const unit = measureUnit(choice.measure);
  const entries = c.bins.map((b) =>
    fillEntry(
      classFill(b.index, n),
      `${b.min === b.max ? formatValue(b.min, choice.measure) : `${formatValue(b.min, choice.measure)} to ${formatValue(b.max, choice.measure)}`} ${unit} (${b.count} ${b.count === 1 ? 'ward' : 'wards'})`,
    ),
  );
  const missing = values.filter((v) => v.value === null).length;
  if (missing) entries.push(fillEntry(NO_DATA_FILL, `No data (${missing} ${missing === 1 ? 'ward' : 'wards'})`));
  return entries;
}

/** The change map's legend: every diverging class (so the scale reads the same on every map), with its wards, and no data. */
function changeLegend(values: MapValue[]): LegendItem[] {
  const count = (n: number) => `${n} ${n === 1 ? 'ward' : 'wards'}`;
  const entries = DIVERGING_CLASSES.slice()
    .reverse()
    .map((k) =>
      fillEntry(
        k.fill,
        `${k.text}${k.index > 3 ? ' (more crime)' : k.index < 3 ? ' (less crime)' : ''}: ${count(values.filter((v) => divergingClassOf(v.value)?.index === k.index).length)}`,
      ),
    );
  const missing = values.filter((v) => v.value === null).length;
  if (missing)
    entries.push(fillEntry(NO_DATA_FILL, `No percentage, under 10 offences the year before: ${count(missing)}`));
  return entries;
}

/**
 * What every row of a view's CSV is: the area, category, period and measure, so a
 * downloaded file still says what it holds.
 */
function viewContext(choice: MapChoice): NonNullable<TableData['context']> {
  return {
    ...areaContext(),
    category: choice.category,
    period: monthSpan(periodMonths(choice.set, choice.period)),
    measure: choice.measure,
  };
}

/**
 * The page a view lives on: its own address, except the view /wards/ opens with, which
 * lives there (its files and embeds link back to /wards/).
 */
function viewPage(choice: MapChoice): string {
  const c = defaultChoice();
  const isDefault =
    choice.set === c.set &&
    choice.category === c.category &&
    choice.period === c.period &&
    choice.measure === c.measure;
  return isDefault ? WARDS_PATH : choicePath(choice);
}

/** The view for one combination. */
export function mapView(choice: MapChoice): Figure {
  const values = mapValues(choice);
  const isChange = choice.measure === 'change';
  const c = classify(values.map((v) => v.value));
  const title = viewTitle(choice);
  const unit = measureUnit(choice.measure);
  // A large area's map links its boroughs, not its hundreds of wards (see wardMapByReference).
  const boroughs = isLargeArea() ? boroughRows(choice, values) : null;
  const noun = districtNounOf(choice.set);
  const svg = wardMapByReference(
    values.map((v) => ({
      code: v.ward.code,
      name: v.ward.name,
      fill: isChange ? (divergingClassOf(v.value)?.fill ?? NO_DATA_FILL) : fillFor(v.value, c),
      href: wardPageHref(v.ward),
      label: `${v.ward.name}: ${formatValue(v.value, choice.measure)} ${unit}`,
    })),
    { ...setShapes(choice.set), href: shapesHref(choice.set) },
    {
      id: 'ward-map',
      title,
      desc: boroughs
        ? `The wards are coloured by their figures and outlined by ${noun}; each ${noun} is a link to the page of its wards. The table below the map gives each ${noun}'s figures, and the CSV every ward's.`
        : 'Each ward is a link to its own page. The same figures are in the table below the map.',
      interactive: true,
    },
    boroughs?.map((b) => ({
      code: b.borough_code,
      href: boroughPath(b.borough_code),
      // The figure the view maps, for the borough as a whole.
      label: `${b.borough}: ${formatValue((isChange ? b.percent_change : choice.measure === 'rate' ? b.rate_per_1000 : b.offences) ?? null, choice.measure)} ${unit}`,
    })),
  );

  const { table: wardTable, ordered } = rankedTable(choice, values, title);
  const withValue = ordered.filter((o) => o.v.value !== null);
  const top = withValue[0]?.v,
    bottom = withValue[withValue.length - 1]?.v;
  const total = values.reduce((n, v) => n + v.count, 0);
  const summary = isChange
    ? changeSummary(choice, values)
    : top && bottom
      ? `Highest: ${top.ward.name}, ${formatValue(top.value, choice.measure)} ${unit}. Lowest: ${bottom.ward.name}, ${formatValue(bottom.value, choice.measure)} ${unit}. All ${values.length} wards together: ${formatNumber(total)} offences.`
      : 'No ward has a figure for this choice.';
  // A change view has no missing month (changePeriods refuses one); a 12-month total may leave one out.
  const gaps = noFiguresSentence(
    missingIn(choice.set, periodMonths(choice.set, choice.period)).map(monthLabel),
    'these totals',
  );
  const month = isMonthView(choice) ? choice.period : null;
  return figure({
    csvHref: month ? monthCsvHref(choice.set, month) : mapCsvHref(choice),
    ...(month
      ? { csvTable: monthTable(choice.set, month), sharedCsv: `every ward and category for ${monthLabel(month)}` }
      : {}),
    page: viewPage(choice),
    anchor: 'ward-map',
    title,
    summary: `${summary}${gaps}`,
    svg,
    shapes: shapesHref(choice.set),
    legend: isChange ? changeLegend(values) : legendOf(c, values, choice),
    legendLabel: MAP_LEGEND_LABEL,
    table: withContext(boroughs ? boroughTable(choice, boroughs, title) : wardTable, viewContext(choice)),
    provenance: wardProvenance(
      choice.set,
      isChange
        ? [...changePeriods(choice.set)!.earlier, ...periodMonths(choice.set, choice.period)]
        : periodMonths(choice.set, choice.period),
      { rate: choice.measure === 'rate' },
    ),
  });
}

/** The change view in words: how many wards rose and fell, and which changes are more than chance. */
function changeSummary(choice: MapChoice, values: MapValue[]): string {
  const up = values.filter((v) => (v.change?.difference ?? 0) > 0),
    down = values.filter((v) => (v.change?.difference ?? 0) < 0);
  const sig = values.filter((v) => v.change?.significant);
  const names = (vs: MapValue[]) => vs.map((v) => `${v.ward.name} (${formatValue(v.value, 'change')})`).join(', ');
  const earlier = values.reduce((n, v) => n + v.change!.earlier, 0),
    later = values.reduce((n, v) => n + v.change!.later, 0);
  return `All ${values.length} wards together: ${formatNumber(later)} offences against ${formatNumber(earlier)} the year before. ${up.length} wards had more, ${down.length} fewer. ${sig.length ? `Changes ${VARIATION_WORDS.beyond}: ${names(sig)}.` : `Every ward's change is ${VARIATION_WORDS.within}.`}`;
}

const monthTables = new Map<string, TableData>();

/**
 * Every ward and category of a set in one month, each ward ranked within its category
 * (and by rate where the set has populations): the CSV every map view of that month
 * offers. Made once a month however many views share it.
 */
export function monthTable(set: MapChoice['set'], month: string): TableData {
  const key = `${set}|${month}`;
  const made = monthTables.get(key);
  if (made) return made;
  const rates = hasRates(set);
  const rows = mapCategories(set).flatMap(({ id: category }) => {
    // The figures each of the month's views maps (mapValues), ranked as its table ranks them.
    const values = mapValues({ set, category, period: month, measure: 'count' });
    const ranks = rankValues(values.map((v) => v.count)),
      rateRanks = rankValues(values.map((v) => v.rate));
    return values.map(({ ward: w, count, rate }, i) => ({
      ward_name: w.name,
      ward_code: w.code,
      category_id: category,
      category: categoryLabel(category),
      offences: count,
      rank: ranks[i] ?? null,
      ...(rates ? { residents: w.population, rate_per_1000: rate, rate_rank: rateRanks[i] ?? null } : {}),
    }));
  });
  const base = rates ? populationBase(set) : '';
  const table: TableData = {
    caption: `Offences by ward and category, ${monthLabel(month)}, ${WARD_SET_INFO[set].short}`,
    rowHeader: 'ward_name',
    columns: [
      { key: 'ward_name', label: 'Ward' },
      { key: 'ward_code', label: 'Code' },
      { key: 'category_id', label: 'Category id' },
      { key: 'category', label: 'Category' },
      { key: 'offences', label: 'Offences', numeric: true },
      { key: 'rank', label: 'Rank by offences in the category', numeric: true },
      ...(rates
        ? [
            { key: 'residents', label: `Residents (${base.replace(' residents', '')})`, numeric: true },
            { key: 'rate_per_1000', label: `Per 1,000 residents (${base})`, numeric: true, decimals: 2 },
            { key: 'rate_rank', label: 'Rank by rate in the category', numeric: true },
          ]
        : []),
    ],
    rows,
    context: { ...areaContext(), ward_set: set, period: month },
  };
  monthTables.set(key, table);
  return table;
}

/** The table a view shows (its CSV download), without drawing the map: by borough in a large area. */
export function mapViewTable(choice: MapChoice): TableData {
  return isLargeArea()
    ? withContext(boroughTable(choice, boroughRows(choice, mapValues(choice)), viewTitle(choice)), viewContext(choice))
    : mapWardsTable(choice);
}

/** Every ward of a view, ranked (in a large area, the every-ward CSV beside the borough table). */
export function mapWardsTable(choice: MapChoice): TableData {
  return withContext(rankedTable(choice, mapValues(choice), viewTitle(choice)).table, viewContext(choice));
}

/**
 * A large area's view, a row per borough: its wards' offences added up (and the rate over
 * their residents, or the change on the year before) and its highest ward.
 */
function boroughRows(choice: MapChoice, values: MapValue[]) {
  const rate = choice.measure === 'rate',
    isChange = choice.measure === 'change';
  const byCode = new Map(values.map((v) => [v.ward.code, v]));
  return boroughsOf(choice.set).map((b) => {
    const vs = b.wards.map((w) => byCode.get(w.code)!);
    const offences = vs.reduce((n, v) => n + v.count, 0);
    const residents = vs.every((v) => v.ward.population !== null)
      ? vs.reduce((n, v) => n + v.ward.population!, 0)
      : null;
    const top = vs
      .filter((v) => v.value !== null)
      .sort((a, b) => b.value! - a.value! || a.ward.name.localeCompare(b.ward.name, 'en'))[0];
    // The borough's change is that of its wards' totals, so it is tested like any ward's.
    const change = isChange
      ? wardsChange(
          choice.set,
          vs.map((v) => v.ward.code),
          choice.category,
        )
      : null;
    return {
      borough: b.name,
      borough_code: b.code,
      wards: vs.length,
      offences,
      ...(rate ? { residents, rate_per_1000: ratePerThousand(offences, residents) } : {}),
      ...(change
        ? {
            earlier: change.earlier,
            percent_change: change.percent,
            larger_than_chance: variationCell(change),
          }
        : {}),
      highest_ward: top ? top.ward.name : '',
      highest_ward_code: top ? top.ward.code : '',
      highest_ward_value: top ? top.value : null,
    };
  });
}

/**
 * A large area's view as one row per borough (see `boroughRows`). Hundreds of ward rows
 * stay in the CSV and on each borough's page, so the view's page grows with boroughs, not
 * wards.
 */
function boroughTable(choice: MapChoice, boroughs: ReturnType<typeof boroughRows>, title: string): TableData {
  const rate = choice.measure === 'rate',
    isChange = choice.measure === 'change';
  const noun = districtNounOf(choice.set);
  const p = isChange ? changePeriods(choice.set)! : null;
  const base = rate ? populationBase(choice.set) : '';
  return {
    caption: `${title}, by ${noun} (every ward is in the CSV download and on each ${noun}'s page)`,
    rowHeader: 'borough',
    columns: [
      { key: 'borough', label: capitalised(noun) },
      ...(p
        ? [
            { key: 'percent_change', label: '% change', numeric: true, decimals: 0 },
            { key: 'earlier', label: p.earlierLabel, numeric: true },
          ]
        : []),
      ...(rate ? [{ key: 'rate_per_1000', label: `Per 1,000 residents (${base})`, numeric: true, decimals: 2 }] : []),
      { key: 'offences', label: p ? p.laterLabel : 'Offences', numeric: true },
      ...(p ? [{ key: 'larger_than_chance', label: VARIATION_COLUMN }] : []),
      ...(rate ? [{ key: 'residents', label: `Residents (${base.replace(' residents', '')})`, numeric: true }] : []),
      { key: 'wards', label: 'Wards', numeric: true },
      { key: 'highest_ward', label: p ? 'Largest rise' : 'Highest ward' },
      { key: 'highest_ward_code', label: 'Its code' },
      {
        key: 'highest_ward_value',
        label: p ? 'Its % change' : rate ? 'Its rate per 1,000' : 'Its offences',
        numeric: true,
        ...(rate ? { decimals: 2 } : p ? { decimals: 0 } : {}),
      },
      { key: 'borough_code', label: 'Code' },
    ],
    rows: boroughs,
    ...(p ? { context: changeContext(p) } : {}),
  };
}

function viewTitle(choice: MapChoice): string {
  return `${choiceTitle(choice)}, ${WARD_SET_INFO[choice.set].short}`;
}

/** The wards ranked highest first, as the view's table. */
function rankedTable(choice: MapChoice, values: MapValue[], title: string) {
  const ranks = rankValues(values.map((v) => v.value));
  const ordered = values
    .map((v, i) => ({ v, rank: ranks[i] ?? null }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.v.ward.name.localeCompare(b.v.ward.name, 'en'));
  const rate = choice.measure === 'rate';
  if (choice.measure === 'change') return { table: changeTable(title, ordered), ordered };
  const table: TableData = {
    caption: `${title}, by ward (highest first; wards with equal figures share a rank)`,
    rowHeader: 'ward_name',
    // The defining figures come straight after the ward's name, so they show on a phone without scrolling.
    columns: [
      { key: 'ward_name', label: 'Ward' },
      ...(rate
        ? [
            {
              key: 'rate_per_1000',
              label: `Per 1,000 residents (${populationBase(choice.set)})`,
              numeric: true,
              decimals: 2,
            },
          ]
        : []),
      { key: 'offences', label: 'Offences', numeric: true },
      ...(rate
        ? [
            {
              key: 'residents',
              label: `Residents (${populationBase(choice.set).replace(' residents', '')})`,
              numeric: true,
            },
          ]
        : []),
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'ward_code', label: 'Code' },
      { key: 'ward_set', label: 'Ward set' },
    ],
    rows: ordered.map(({ v, rank }) => ({
      rank,
      ward_name: v.ward.name,
      ward_code: v.ward.code,
      ward_set: choice.set,
      offences: v.count,
      ...(rate ? { residents: v.ward.population, rate_per_1000: v.rate } : {}),
    })),
  };
  return { table, ordered };
}

/** The change view's table: both years, the difference, the percentage and the test, largest rise first. */
function changeTable(title: string, ordered: Array<{ v: MapValue; rank: number | null }>): TableData {
  const p = changePeriods(ordered[0]!.v.ward.set)!;
  return {
    caption: `${title}, by ward (largest rise first)`,
    rowHeader: 'ward_name',
    columns: [
      { key: 'ward_name', label: 'Ward' },
      { key: 'percent_change', label: '% change', numeric: true, decimals: 0 },
      { key: 'earlier', label: p.earlierLabel, numeric: true },
      { key: 'later', label: p.laterLabel, numeric: true },
      { key: 'difference', label: 'Difference', numeric: true },
      { key: 'larger_than_chance', label: VARIATION_COLUMN },
      { key: 'ward_code', label: 'Code' },
    ],
    rows: ordered.map(({ v }) => ({
      ward_name: v.ward.name,
      percent_change: v.value,
      earlier: v.change!.earlier,
      later: v.change!.later,
      difference: v.change!.difference,
      larger_than_chance: variationCell(v.change!),
      ward_code: v.ward.code,
    })),
    context: changeContext(p),
  };
}
