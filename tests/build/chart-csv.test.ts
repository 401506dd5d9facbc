/**
 * Self-describing chart downloads: a chart's CSV, opened on its own, says what its rows
 * are (its area, ward or document, and category, period and measure where they apply),
 * and its CSV on the Web metadata describes every column, the context columns included.
 */
import { describe, expect, it } from 'vitest';
import { csvMetadataTables, distFile } from '../helpers/dist';
import { readTableCsv } from '../helpers/csv';
import { CONTEXT_COLUMNS, type ContextColumn } from '../../src/core/table-data';
import { addMonths } from '../../src/core/periods';

const metadata = csvMetadataTables();

describe('chart downloads describe themselves', () => {
  it('finds the chart CSVs', () => {
    expect(metadata.length).toBeGreaterThan(20);
  });

  it('every chart CSV names what its rows are about, and its metadata describes each column', () => {
    const bad: string[] = [];
    for (const { csv, file, table: meta } of metadata) {
      // The described columns come first: what every row is (the context columns), then the table's own.
      const width = meta.tableSchema.columns.filter((c) => c['dc:description'] === undefined).length;
      const { context, header } = readTableCsv(distFile(csv), width, csv);
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
