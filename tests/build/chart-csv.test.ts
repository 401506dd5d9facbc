/**
 * Self-describing chart downloads: a chart's CSV, opened on its own, says what its rows
 * are (its area, ward or document, and category, period and measure where they apply),
 * and its CSV on the Web metadata describes every column, the context columns included.
 */
import { describe, expect, it } from 'vitest';
import { distFile, distFiles } from '../helpers/dist';
import { CONTEXT_COLUMNS, type ContextColumn } from '../../src/core/table-data';

const metadata = distFiles('.csv-metadata.json');

describe('chart downloads describe themselves', () => {
  it('finds the chart CSVs', () => {
    expect(metadata.length).toBeGreaterThan(20);
  });

  it('every chart CSV names what its rows are about, and its metadata describes each column', () => {
    const bad: string[] = [];
    for (const meta of metadata) {
      const csv = meta.replace(/-metadata\.json$/, '');
      const header = (distFile(csv).split('\n')[0] ?? '').split(',');
      if (!header.some((h) => ['area_code', 'ward_code', 'document_id'].includes(h))) bad.push(`${csv}: no area, ward or document column in ${header.join(',')}`);
      const columns = (JSON.parse(distFile(meta)) as { tableSchema: { columns: Array<{ name: string; titles: string; 'dc:description'?: string }> } }).tableSchema.columns;
      if (columns.map((c) => c.name).join(',') !== header.join(',')) bad.push(`${meta}: columns differ from ${csv}`);
      for (const c of columns) {
        const context = CONTEXT_COLUMNS[c.name as ContextColumn];
        if (!c.titles) bad.push(`${meta}: ${c.name} has no title`);
        // A context column carries its description (a table column keeps the heading the page shows).
        if (context && c.titles === context.title && c['dc:description'] !== context.description) bad.push(`${meta}: ${c.name} is not described`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('map view downloads name their category, period and measure', () => {
    const map = metadata.find((m) => m.startsWith('wards/map/') && m.includes('/latest-12-months/rate/'))!.replace(/-metadata\.json$/, '');
    const [, category, period, measure] = /^wards\/map\/[^/]+\/([^/]+)\/([^/]+)\/([^/]+)\//.exec(map)!;
    expect(period).toBe('latest-12-months');
    const [header, first] = distFile(map).split('\n').map((l) => l.split(','));
    const cell = (name: string) => first![header!.indexOf(name)];
    expect(cell('category')).toBe(category);
    expect(cell('measure')).toBe(measure);
    expect(cell('period')).toMatch(/^\d{4}-\d{2}\/\d{4}-\d{2}$/);
  });
});
