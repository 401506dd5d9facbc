/**
 * A second area, from the real London-wide files and configuration alone: Kingston upon
 * Thames, with the performance, anti-social behaviour, strategy and directory sections off
 * (tests/fixtures/second-area/content/site.json). The source manifest is the repository's,
 * with the Bromley-only police.uk import switched off and the 2002–2022 wards left out
 * (their boundary file unlisted, their crime import switched off), and the hand-maintained tables are
 * cut down as the README's "Publish for another area" says; then the import, the data
 * package and the build run. Read by tests/build/second-area.test.ts.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { areaContains } from '../../src/core/areas';
import { siteFolders, type VariantSite } from './site';
import { leaveOutSupersededWards } from '../../scripts/bench/wards-only';

export const SECOND_AREA_FIXTURE = join('tests', 'fixtures', 'second-area', 'content');

/** Rewrites a CSV keeping the rows `keep` accepts, with its own columns. */
function keepRows(from: string, to: string, keep: (r: Record<string, string>) => boolean): Set<string> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(from, 'utf8'), { header: true, skipEmptyLines: true });
  const kept = parsed.data.filter(keep);
  writeFileSync(to, `${Papa.unparse(kept, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  return new Set(kept.map((r) => r.source_id ?? ''));
}

export const secondArea: VariantSite = {
  name: 'second-area',
  projects: ['build'],
  rawFiles: true,
  async make({ dir, build, script }) {
    const folders = siteFolders(dir);
    const { content, data } = folders;
    const env = { PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data };
    const area = (
      JSON.parse(readFileSync(join(SECOND_AREA_FIXTURE, 'site.json'), 'utf8')) as { area: { code: string } }
    ).area.code;
    mkdirSync(content, { recursive: true });
    copyFileSync(join(SECOND_AREA_FIXTURE, 'site.json'), join(content, 'site.json'));
    copyFileSync(join('content', 'contacts-allowlist.json'), join(content, 'contacts-allowlist.json'));
    // The May 2022 wards alone, as a London portal may choose: the 2002–2022 wards' figures ended in August 2022.
    const sources = leaveOutSupersededWards(JSON.parse(readFileSync(join('content', 'sources.json'), 'utf8')));
    sources.imports['policeuk-wards']!.run = false;
    writeFileSync(join(content, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
    // The hand-maintained tables: a switched-off section's hold their header row alone; the
    // source list keeps the datasets that cover the area (Bromley's documents are no source
    // of this portal), and the tables cite only those: the README's steps.
    cpSync('data', data, { recursive: true });
    await script('clear-sections', 'scripts/clear-sections.ts', env);
    const kept = keepRows(
      join('data', 'meta', 'sources.csv'),
      join(data, 'meta', 'sources.csv'),
      (r) => r.kind === 'dataset' && areaContains(r.area_code ?? '', area),
    );
    keepRows(join('data', 'meta', 'table-sources.csv'), join(data, 'meta', 'table-sources.csv'), (r) =>
      kept.has(r.source_id ?? ''),
    );
    if ((await script('import', 'scripts/import/all.ts', env)).status !== 0) return;
    await script('datapackage', 'scripts/datapackage.ts', env);
    await build('build', folders);
  },
};
