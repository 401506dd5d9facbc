/**
 * A borough's own page in a large area: the map and table of its wards alone (current
 * wards, all crime, latest 12 months), so a reader without JavaScript can see every
 * ward's figure one borough at a time.
 */
import { wardMap } from '../../charts/choropleth';
import { classify } from '../../charts/classify';
import { fillFor } from '../../charts/choropleth-fill';
import { WARD_SET_INFO } from '../../schemas/vocab/ward-sets';
import { boroughsOf, boroughName, capitalised, districtNounOf } from './boroughs';
import { choiceTitle, defaultChoice, formatValue, mapValues, measureUnit, periodMonths } from './map';
import { rankValues } from './ranks';
import { wardBoundaries } from './topology';
import { wardProvenance } from './provenance';
import { fillEntry, MAP_LEGEND_LABEL } from './map-view';
import { classFill, NO_DATA_FILL } from '../../charts/choropleth-fill';
import { monthSpan } from '../../core/periods';
import type { Figure } from '../../charts/figure';
import type { LegendItem } from '../../charts/legend';
import { figure } from '../figure';
import { areaContext } from '../site';
import { boroughCsvHref, boroughPath, wardPageHref } from './paths';

/**
 * The borough's view, like a map view (title, summary, SVG, legend, table, CSV, source)
 * for one borough's wards. Colours and ranks are those of the whole area's map (classes
 * drawn over every ward), so a colour means the same on every borough's page.
 */
export function boroughView(code: string): Figure {
  const choice = defaultChoice();
  const borough = boroughsOf(choice.set).find((b) => b.code === code);
  if (!borough) throw new Error(`no ${choice.set} wards in borough ${code}`);
  const all = mapValues(choice);
  const c = classify(all.map((v) => v.value));
  const ranks = rankValues(all.map((v) => v.value));
  const mine = new Set(borough.wards.map((w) => w.code));
  const rows = all
    .map((v, i) => ({ v, rank: ranks[i] ?? null }))
    .filter((r) => mine.has(r.v.ward.code))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.v.ward.name.localeCompare(b.v.ward.name, 'en'));
  const unit = measureUnit(choice.measure);
  const title = `${choiceTitle(choice)}, ${WARD_SET_INFO[choice.set].short} of ${borough.name}`;
  const svg = wardMap(
    wardBoundaries(choice.set)
      .filter((b) => mine.has(b.id))
      .map((b) => {
        const v = rows.find((r) => r.v.ward.code === b.id)!.v;
        return {
          code: b.id,
          name: v.ward.name,
          geometry: b.geometry,
          fill: fillFor(v.value, c),
          href: wardPageHref(v.ward),
          label: `${v.ward.name}: ${formatValue(v.value, choice.measure)} ${unit}`,
        };
      }),
    {
      id: 'borough-map',
      title,
      desc: 'Each ward is a link to its own page. The same figures are in the table below the map.',
      interactive: true,
      width: 640,
      pad: 6,
    },
  );
  const used = new Set(rows.map((r) => c.classOf(r.v.value)));
  const n = c.thresholds.length + 1;
  const legend: LegendItem[] = c.bins
    .filter((b) => used.has(b.index))
    .map((b) =>
      fillEntry(
        classFill(b.index, n),
        `${formatValue(b.min, choice.measure)} to ${formatValue(b.max, choice.measure)} ${unit}`,
      ),
    );
  if (used.has(null)) legend.push(fillEntry(NO_DATA_FILL, 'No data'));
  const top = rows[0]?.v,
    total = rows.reduce((s, r) => s + r.v.count, 0);
  return figure({
    csvHref: boroughCsvHref(code, choice.set),
    page: boroughPath(code),
    anchor: 'borough-map',
    title,
    svg,
    legend,
    legendLabel: MAP_LEGEND_LABEL,
    summary: top
      ? `${borough.name} has ${rows.length} wards with ${total.toLocaleString('en-GB')} offences together. Highest: ${top.ward.name}, ${formatValue(top.value, choice.measure)} ${unit}, rank ${rows[0]!.rank} of the area's ${all.length} wards. Colours are those of the whole area's map.`
      : `No ward of ${borough.name} has a figure for this view.`,
    table: {
      caption: `${title}, by ward (highest first; rank among all ${all.length} wards of the area)`,
      rowHeader: 'ward_name',
      columns: [
        { key: 'rank', label: 'Rank in area', numeric: true },
        { key: 'ward_name', label: 'Ward' },
        { key: 'ward_code', label: 'Code' },
        { key: 'borough', label: capitalised(districtNounOf(choice.set)) },
        { key: 'offences', label: 'Offences', numeric: true },
      ],
      rows: rows.map(({ v, rank }) => ({
        rank,
        ward_name: v.ward.name,
        ward_code: v.ward.code,
        borough: boroughName(v.ward.borough),
        offences: v.count,
      })),
      // The file names its area, ward set, category, period and measure, so it still says what it is once downloaded.
      context: {
        ...areaContext(),
        ward_set: choice.set,
        category: choice.category,
        period: monthSpan(periodMonths(choice.set, choice.period)),
        measure: choice.measure,
      },
    },
    provenance: wardProvenance(choice.set, periodMonths(choice.set, choice.period)),
  });
}
