/**
 * A wards-only portal for a wider area, made from this one as the README's "Publish for
 * another area" steps make one: the area set in site.json, every section but the wards
 * switched off and its tables left with their header row, the source list cut to the
 * datasets that cover the new area, and the one-borough police.uk import switched off.
 * The benchmark's London runs and the page-size build test start from it.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { areaContains } from '../../src/core/areas';
import { allTables } from '../../src/schemas';
import { directoryExportFiles } from '../../src/lib/directory/export';
import { configPath, readConfigJson } from '../../src/core/config';
import type { SourceManifest } from '../../src/schemas/source-manifest';
import { toCsv } from '../../src/core/csv-format';

/** Filters a CSV's rows, writing it back with its own columns; returns the kept rows' source ids. */
function filterCsv(file: string, keep: (r: Record<string, string>) => boolean): Set<string> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  const kept = parsed.data.filter(keep);
  writeFileSync(file, `${Papa.unparse(kept, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  return new Set(kept.map((r) => r.source_id ?? ''));
}

/**
 * The source manifest edited as a London portal that publishes the May 2022 wards alone
 * edits it: the 2002–2022 boundary file unlisted and that set's crime import switched off
 * (its table published empty). The ward-boundaries import then writes no ward, topology or
 * overlap of that set.
 */
export function leaveOutSupersededWards(sources: SourceManifest): SourceManifest {
  const boundaries = sources.imports['ward-boundaries']!;
  const { ['2002-2022']: _, ...files } = boundaries.files;
  return {
    ...sources,
    imports: {
      ...sources.imports,
      'ward-boundaries': { ...boundaries, files },
      'mps-ward-crime-2020-2022': { ...sources.imports['mps-ward-crime-2020-2022']!, run: false },
    },
  };
}

/**
 * Writes `to.content` and `to.data` from the project's content/ and data/: the area
 * becomes `area` (names kept unless given), only the wards section is on, and, with
 * `supersededWards: false`, the 2002–2022 wards are left out (see leaveOutSupersededWards).
 */
export function writeWardsOnlySite(
  to: { content: string; data: string },
  area: { code: string; name?: string; longName?: string },
  options: { supersededWards?: boolean } = {},
): void {
  mkdirSync(to.content, { recursive: true });
  const site = readConfigJson('site', { dir: 'content', required: true }) as { sections: object; area: object };
  const sections = Object.fromEntries(Object.keys(site.sections).map((s) => [s, s === 'wards']));
  writeFileSync(
    configPath('site', to.content),
    `${JSON.stringify({ ...site, area: { ...site.area, ...area }, sections }, null, 2)}\n`,
  );
  copyFileSync(join('content', 'contacts-allowlist.json'), join(to.content, 'contacts-allowlist.json'));
  const all = readConfigJson('sources', { dir: 'content', required: true }) as SourceManifest;
  const sources = options.supersededWards === false ? leaveOutSupersededWards(all) : all;
  sources.imports['policeuk-wards']!.run = false;
  writeFileSync(configPath('sources', to.content), `${JSON.stringify(sources, null, 2)}\n`);

  cpSync('data', to.data, { recursive: true });
  // The switched-off sections' tables, and those of the one-borough import switched off, keep their header row alone.
  const off = new Set(sources.imports['policeuk-wards']!.tables);
  for (const t of allTables)
    if ((t.section && t.section !== 'wards') || off.has(t.path))
      writeFileSync(join(to.data, t.path), toCsv(t.columns, []));
  for (const f of directoryExportFiles([], [])) writeFileSync(join(to.data, f.path), f.text);
  const kept = filterCsv(
    join(to.data, 'meta', 'sources.csv'),
    (r) => r.kind === 'dataset' && areaContains(r.area_code ?? '', area.code),
  );
  filterCsv(join(to.data, 'meta', 'table-sources.csv'), (r) => kept.has(r.source_id ?? ''));
}
