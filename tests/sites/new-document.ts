/**
 * The next release, prepared as content/README.md and data/README.md say: the content and
 * data copied; the release now published recorded (`npm run record-release`); a new
 * extract that revises one month of the ward figures; the data dated a day later; and a
 * new document, its source row and its action rows added exactly as the guide says. Read
 * by tests/browser/strategies-new-document.test.ts ("a new document appears in navigation
 * and search with no code change") and tests/build/release-changes.test.ts (/data/changes/
 * finds the revised month).
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfProject, siteFolders, type VariantSite } from './site';

export const NEW_DOCUMENT_FIXTURE = join('tests', 'fixtures', 'strategies', 'new-document');

/** The month the next release's extract revises, in the May 2022 ward table, and by how much. */
export const REVISION = { table: join('wards', 'crime-monthly-2022-wards.csv'), month: '2025-11', by: 3 };

/** Adds `REVISION.by` offences to the first row of `REVISION.month` in the ward table; returns that row's ward. */
function reviseMonth(data: string): string {
  const file = join(data, REVISION.table);
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const [month, count, ward] = ['month', 'count', 'ward_code'].map((c) => header.indexOf(c));
  const at = lines.findIndex((l) => !l.includes('"') && l.split(',')[month!] === REVISION.month);
  const cells = lines[at]!.split(',');
  cells[count!] = String(Number(cells[count!]) + REVISION.by);
  lines[at] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  return cells[ward!]!;
}

export const newDocument: VariantSite = {
  name: 'new-document',
  projects: ['browser', 'build'],
  async make({ dir, build, script, note }) {
    const { content, data } = copyOfProject(dir);
    const env = { PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data };
    await script('record-release', 'scripts/record-release.ts', env);
    note('revisedWard', reviseMonth(data));
    const site = JSON.parse(readFileSync(join(content, 'site.json'), 'utf8')) as { dataUpdated: string };
    const next = new Date(`${site.dataUpdated}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    note('previousRelease', site.dataUpdated);
    site.dataUpdated = next.toISOString().slice(0, 10);
    writeFileSync(join(content, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
    cpSync(
      join(NEW_DOCUMENT_FIXTURE, 'community-safety-plan-2013-2016.mdx'),
      join(content, 'strategies', 'community-safety-plan-2013-2016.mdx'),
    );
    // The guide: add the source to data/meta/sources.csv, keeping rows in order of source_id.
    const sources = readFileSync(join(data, 'meta', 'sources.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const rows = [...sources.slice(1), readFileSync(join(NEW_DOCUMENT_FIXTURE, 'sources.csv'), 'utf8').trimEnd()];
    writeFileSync(join(data, 'meta', 'sources.csv'), `${[sources[0], ...rows.sort()].join('\n')}\n`);
    // The guide: one row per action in data/strategy/actions.csv.
    appendFileSync(
      join(data, 'strategy', 'actions.csv'),
      readFileSync(join(NEW_DOCUMENT_FIXTURE, 'actions.csv'), 'utf8'),
    );
    // The guide: spell the action rows' links out, one per row; then describe the tables anew (a new date).
    await script('strategy-links', 'scripts/import/all.ts', env, ['strategy-links']);
    await script('datapackage', 'scripts/datapackage.ts', env);
    await build('build', siteFolders(dir));
  },
};
