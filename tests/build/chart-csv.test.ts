/**
 * Self-describing chart downloads: a chart's CSV, opened on its own, says what its rows
 * are (its area, ward or document, and category, period and measure where they apply),
 * and its CSV on the Web metadata describes every column, the context columns included.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvMetadataTables, distFile } from '../helpers/dist';
import { readTableCsv } from '../helpers/csv';
import { CONTEXT_COLUMNS, type ContextColumn } from '../../src/core/table-data';
import { addMonths } from '../../src/core/periods';

const metadata = csvMetadataTables();
const CONTEXT_ORDER = Object.keys(CONTEXT_COLUMNS);

/**
 * How many columns of a CSV's own table follow its context columns, read from the file
 * alone (not from the metadata under test): the context columns are the leading run of
 * names in CONTEXT_COLUMNS order, each with one value in every row; the table's own
 * columns follow (one may share a context column's name, like a breakdown's measure).
 * Null for a file of one row, where every column has one value.
 */
function tableWidthOf(csvText: string): number | null {
  const [header = [], ...rows] = Papa.parse<string[]>(csvText.trimEnd(), { skipEmptyLines: true }).data;
  if (rows.length < 2) return null;
  let lead = 0;
  const order = (i: number) => CONTEXT_ORDER.indexOf(header[i]!);
  while (
    lead < header.length &&
    order(lead) > (lead ? order(lead - 1) : -1) &&
    new Set(rows.map((r) => r[lead])).size <= 1
  )
    lead++;
  return header.length - lead;
}

describe('chart downloads describe themselves', () => {
  it('finds the chart CSVs', () => {
    expect(metadata.length).toBeGreaterThan(20);
  });

  it('every chart CSV names what its rows are about, and its metadata describes each column', () => {
    const bad: string[] = [];
    for (const { csv, file, table: meta } of metadata) {
      // What every row is (the context columns) comes first, then the table's own columns: the
      // metadata describes the first kind. Where rows differ, the file itself says where they end.
      const text = distFile(csv);
      const width = meta.tableSchema.columns.filter((c) => c['dc:description'] === undefined).length;
      const own = tableWidthOf(text);
      if (own !== null && own !== width)
        bad.push(
          `${csv}: ${meta.tableSchema.columns.length - own} leading context columns, ${meta.tableSchema.columns.length - width} described`,
        );
      const { context, header } = readTableCsv(text, width, csv);
      const names = [...Object.keys(context), ...header];
      if (!names.some((h) => ['area_code', 'ward_code', 'document_id'].includes(h)))
        bad.push(`${csv}: no area, ward or document column in ${names.join(',')}`);
      const columns = meta.tableSchema.columns;
      if (columns.map((c) => c.name).join(',') !== names.join(',')) bad.push(`${file}: columns differ from ${csv}`);
      for (const c of columns) {
        if (!c.titles) bad.push(`${file}: ${c.name} has no title`);
        if (!(c.name in context)) continue;
        const described = CONTEXT_COLUMNS[c.name as ContextColumn];
        if (c.titles !== described.title || c['dc:description'] !== described.description)
          bad.push(`${file}: ${c.name} is not described`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} problems`).toEqual([]);
  });

  it('map view downloads name their category, period and measure', () => {
    const map = metadata.find((m) => m.csv.startsWith('wards/map/') && m.csv.includes('/latest-12-months/rate/'))!.csv;
    const [, category, period, measure] = /^wards\/map\/[^/]+\/([^/]+)\/([^/]+)\/([^/]+)\//.exec(map)!;
    expect(period).toBe('latest-12-months');
    const [header, first] = distFile(map)
      .split('\n')
      .map((l) => l.split(','));
    const cell = (name: string) => first![header!.indexOf(name)];
    expect(cell('category')).toBe(category);
    expect(cell('measure')).toBe(measure);
    expect(cell('period')).toMatch(/^\d{4}-\d{2}\/\d{4}-\d{2}$/);
  });

  it('change tables name the two periods they compare', () => {
    for (const csv of ['wards/change.csv', 'wards/ward-change.csv']) {
      const [header, first] = distFile(csv)
        .split('\n')
        .map((l) => l.split(','));
      const cell = (name: string) => first![header!.indexOf(name)]!;
      const [earlierStart, earlierEnd] = cell('earlier_period').split('/');
      const [laterStart, laterEnd] = cell('later_period').split('/');
      // Twelve months each, the later straight after the earlier.
      expect([addMonths(earlierStart!, 11), addMonths(earlierEnd!, 1), addMonths(laterStart!, 11)], csv).toEqual([
        earlierEnd,
        laterStart,
        laterEnd,
      ]);
    }
  });
});
