/**
 * Everything one ward map view shows, computed apart from rendering: the classed
 * values, the legend, the SVG, the text summary, the table (which is also the CSV
 * download) and the source line.
 */
import { classify, type Classification } from '../../charts/classify';
import { classFill, fillFor, NO_DATA_FILL } from '../../charts/choropleth-fill';
import type { Provenance } from '../../core/provenance';
import type { TableData } from '../../core/table-data';
import { wardMapByReference } from '../../charts/choropleth';
import { setShapes, shapesHref } from './shapes';
import { boroughsOf, isLargeArea } from './boroughs';
import { WARD_SET_INFO } from '../../schemas/vocab/ward-sets';
import { choiceTitle, formatValue, mapValues, measureUnit, periodMonths, type MapChoice, type MapValue } from './map';
import { mpsWardProvenance } from './provenance';
import { rankValues } from './ranks';
import { mapCsvHref, mapWardsCsvHref } from './downloads';

export interface LegendEntry {
  fill: string;
  text: string;
}

export interface MapView {
  choice: MapChoice;
  title: string;
  summary: string;
  svg: string;
  legend: LegendEntry[];
  table: TableData;
  csvHref: string;
  /** For a large area, whose table is by borough: the every-ward CSV. */
  wardsCsvHref: string | null;
  provenance: Provenance;
}

function legendOf(c: Classification, values: MapValue[], choice: MapChoice): LegendEntry[] {
  const n = c.thresholds.length + 1;
  const unit = measureUnit(choice.measure);
  const entries = c.bins.map((b) => ({
    fill: classFill(b.index, n),
    text: `${b.min === b.max ? formatValue(b.min, choice.measure) : `${formatValue(b.min, choice.measure)} to ${formatValue(b.max, choice.measure)}`} ${unit} (${b.count} ${b.count === 1 ? 'ward' : 'wards'})`,
  }));
  const missing = values.filter((v) => v.value === null).length;
  if (missing) entries.push({ fill: NO_DATA_FILL, text: `No data (${missing} ${missing === 1 ? 'ward' : 'wards'})` });
  return entries;
}

/** The view for one combination. */
export function mapView(choice: MapChoice): MapView {
  const values = mapValues(choice);
  const c = classify(values.map((v) => v.value));
  const title = viewTitle(choice);
  const unit = measureUnit(choice.measure);
  const byCode = new Map(values.map((v) => [v.ward.code, v]));
  const svg = wardMapByReference(values.map((v) => ({
    code: v.ward.code, name: v.ward.name, fill: fillFor(v.value, c),
    href: `/wards/${v.ward.code}/`, label: `${v.ward.name}: ${formatValue(v.value, choice.measure)} ${unit}`,
  })), { ...setShapes(choice.set), href: shapesHref(choice.set) }, { id: 'ward-map', title, desc: 'Each ward is a link to its own page. The same figures are in the table below the map.', interactive: true });

  const { table: wardTable, ordered } = rankedTable(choice, values, title);
  const large = isLargeArea();
  const withValue = ordered.filter((o) => o.v.value !== null);
  const top = withValue[0]?.v, bottom = withValue[withValue.length - 1]?.v;
  const total = values.reduce((n, v) => n + v.count, 0);
  const summary = top && bottom
    ? `Highest: ${top.ward.name}, ${formatValue(top.value, choice.measure)} ${unit}. Lowest: ${bottom.ward.name}, ${formatValue(bottom.value, choice.measure)} ${unit}. All ${values.length} wards together: ${total.toLocaleString('en-GB')} offences.`
    : 'No ward has a figure for this choice.';
  return {
    choice, title, summary, svg, legend: legendOf(c, values, choice),
    table: large ? boroughTable(choice, values, title) : wardTable,
    csvHref: mapCsvHref(choice), wardsCsvHref: large ? mapWardsCsvHref(choice) : null,
    provenance: mpsWardProvenance(choice.set, periodMonths(choice.set, choice.period), { rate: choice.measure === 'rate' }),
  };
}

/** The table a view shows (its CSV download), without drawing the map: by borough in a large area. */
export function mapViewTable(choice: MapChoice): TableData {
  return isLargeArea() ? boroughTable(choice, mapValues(choice), viewTitle(choice)) : mapWardsTable(choice);
}

/** Every ward of a view, ranked (in a large area, the every-ward CSV beside the borough table). */
export function mapWardsTable(choice: MapChoice): TableData {
  return rankedTable(choice, mapValues(choice), viewTitle(choice)).table;
}

/**
 * A large area's view as one row per borough: its wards' offences added up (and the rate
 * over their residents), and its highest ward. Hundreds of ward rows stay in the CSV and
 * on each borough's page, so the view's page grows with boroughs, not wards.
 */
function boroughTable(choice: MapChoice, values: MapValue[], title: string): TableData {
  const rate = choice.measure === 'rate';
  const byCode = new Map(values.map((v) => [v.ward.code, v]));
  const rows = boroughsOf(choice.set).map((b) => {
    const vs = b.wards.map((w) => byCode.get(w.code)!);
    const offences = vs.reduce((n, v) => n + v.count, 0);
    const residents = vs.every((v) => v.ward.population !== null) ? vs.reduce((n, v) => n + v.ward.population!, 0) : null;
    const top = vs.filter((v) => v.value !== null).sort((a, b) => b.value! - a.value! || a.ward.name.localeCompare(b.ward.name, 'en'))[0];
    return {
      borough: b.name, borough_code: b.code, wards: vs.length, offences,
      ...(rate ? { residents_2011: residents, rate_per_1000: residents ? Math.round((offences / residents) * 100000) / 100 : null } : {}),
      highest_ward: top ? top.ward.name : '', highest_ward_code: top ? top.ward.code : '', highest_ward_value: top ? top.value : null,
    };
  });
  return {
    caption: `${title}, by borough (every ward is in the CSV download and on each borough's page)`,
    rowHeader: 'borough',
    columns: [
      { key: 'borough', label: 'Borough' },
      { key: 'borough_code', label: 'Code' },
      { key: 'wards', label: 'Wards', numeric: true },
      { key: 'offences', label: 'Offences', numeric: true },
      ...(rate ? [{ key: 'residents_2011', label: 'Residents (2011)', numeric: true }, { key: 'rate_per_1000', label: 'Per 1,000 residents', numeric: true, decimals: 2 }] : []),
      { key: 'highest_ward', label: 'Highest ward' },
      { key: 'highest_ward_code', label: 'Its code' },
      { key: 'highest_ward_value', label: rate ? 'Its rate per 1,000' : 'Its offences', numeric: true, ...(rate ? { decimals: 2 } : {}) },
    ],
    rows,
  };
}

function viewTitle(choice: MapChoice): string {
  return `${choiceTitle(choice)}, ${WARD_SET_INFO[choice.set].short}`;
}

/** The wards ranked highest first, as the view's table. */
function rankedTable(choice: MapChoice, values: MapValue[], title: string) {
  const ranks = rankValues(values.map((v) => v.value));
  const ordered = values.map((v, i) => ({ v, rank: ranks[i] ?? null }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.v.ward.name.localeCompare(b.v.ward.name, 'en'));
  const rate = choice.measure === 'rate';
  const table: TableData = {
    caption: `${title}, by ward (highest first)`,
    rowHeader: 'ward_name',
    columns: [
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'ward_name', label: 'Ward' },
      { key: 'ward_code', label: 'Code' },
      { key: 'ward_set', label: 'Ward set' },
      { key: 'offences', label: 'Offences', numeric: true },
      ...(rate ? [{ key: 'residents_2011', label: 'Residents (2011)', numeric: true }, { key: 'rate_per_1000', label: 'Per 1,000 residents', numeric: true, decimals: 2 }] : []),
    ],
    rows: ordered.map(({ v, rank }) => ({
      rank, ward_name: v.ward.name, ward_code: v.ward.code, ward_set: choice.set, offences: v.count,
      ...(rate ? { residents_2011: v.ward.population, rate_per_1000: v.rate } : {}),
    })),
  };
  return { table, ordered };
}
