/**
 * Import: MOPAC's Public Attitude Survey by borough → `data/borough/survey-confidence.csv`:
 * the share who agree the police do a good job in the local area ("Good Job local"), for
 * each quarter, as the 12 months to that quarter (MOPAC publishes rolling results), with
 * London's figure beside it.
 *
 * The survey file names boroughs only in words. A borough area's rows are those whose
 * borough is the name data/wards/boroughs.csv gives the area's code (the ONS name, which
 * the cleaned survey file spells the same way); a region's are London's own figures (the
 * file's MPS column), under the region's code. A borough with no rows stops the import.
 *
 * Run with `npm run import -- mopac-pas`. Needs `data/wards/boroughs.csv`.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { byText, fail, importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { addMonths } from '../../../src/core/periods';
import { clearTableCache, loadTable } from '../../../src/core/load';
import { boroughsTable } from '../../../src/schemas/wards';
import { siteConfig } from '../../../src/lib/site';

const SOURCE_ID = 'mopac-pas-borough';
/** The survey's own name for the measure, and the portal's id for it. */
const MEASURES = { 'Good Job local': 'good-job-local' } as const;
const LONDON = 'E12000007';

export interface SurveyRow {
  area_code: string;
  measure: (typeof MEASURES)[keyof typeof MEASURES];
  quarter_end: string;
  period_start: string;
  period_end: string;
  proportion: string;
  london_proportion: string;
  source_id: string;
}

const PROPORTION = /^(0(\.\d+)?|1(\.0+)?)$/;

/**
 * The rows for an area: a borough by its name, or (borough null) London's own figures,
 * under `areaCode`. Fails, naming the row, on a date or proportion it cannot read, and
 * when the area has no rows at all.
 */
export function surveyRows(
  records: Record<string, string>[],
  areaCode: string,
  borough: string | null,
  file: string,
): SurveyRow[] {
  const out = new Map<string, SurveyRow>();
  records.forEach((r, i) => {
    const measure = MEASURES[r.measure as keyof typeof MEASURES];
    if (!measure || (borough !== null && r.borough !== borough)) return;
    const where = `${file} row ${i + 2}`;
    const end = r.quarter_end ?? '';
    if (!/^\d{4}-(03-31|06-30|09-30|12-31)$/.test(end))
      fail(`${where}, column quarter_end: "${end}" is not the last day of a quarter in YYYY-MM-DD form`);
    for (const col of ['proportion', 'mps_proportion'])
      if (!PROPORTION.test(r[col] ?? '')) fail(`${where}, column ${col}: "${r[col]}" is not a share between 0 and 1`);
    const key = `${measure} ${end}`;
    const row: SurveyRow = {
      area_code: areaCode,
      measure,
      quarter_end: end,
      period_start: addMonths(end.slice(0, 7), -11),
      period_end: end.slice(0, 7),
      proportion: borough === null ? r.mps_proportion! : r.proportion!,
      london_proportion: r.mps_proportion!,
      source_id: SOURCE_ID,
    };
    const seen = out.get(key);
    // London's figure is repeated on every borough's row: one row per quarter, the same on each.
    if (seen && (borough !== null || seen.proportion !== row.proportion))
      fail(`${where}: a second "${r.measure}" figure for ${borough ?? 'London'} in the quarter to ${end}`);
    out.set(key, row);
  });
  if (out.size === 0)
    fail(
      `${file} has no "${Object.keys(MEASURES).join('", "')}" rows for ${borough ?? 'London'} (${areaCode}); expected the borough spelt as in data/wards/boroughs.csv`,
    );
  return [...out.values()].sort((a, b) => byText(a.measure, b.measure) || byText(a.quarter_end, b.quarter_end));
}

/** Runs the import for the configured area. */
export function main(): void {
  clearTableCache();
  const input = importInputs('mopac-pas');
  const path = input.file('boroughs');
  const site = siteConfig();
  const area = site.area.code;
  const name = loadTable(boroughsTable).find((b) => b.borough_code === area)?.borough_name ?? null;
  if (name === null && area !== LONDON)
    fail(`the area ${area} is neither a borough in data/wards/boroughs.csv nor London (${LONDON})`);
  const columns = [
    'area_code',
    'measure',
    'quarter_end',
    'period_start',
    'period_end',
    'proportion',
    'london_proportion',
    'source_id',
  ] as const;
  // The survey is shown on the performance pages only: without them the table is written empty.
  if (site.sections.performance === false) {
    log('the performance section is off: the survey table is written empty');
    writeDataCsv('borough/survey-confidence.csv', columns, []);
    return;
  }
  writeDataCsv('borough/survey-confidence.csv', columns, surveyRows(readSourceCsv(path), area, name, basename(path)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
