/**
 * "A new document added by following content/README.md appears in navigation and search
 * with no code change": the content and data copied, and a document, its source row and
 * its action rows added exactly as the guide says. Read by
 * tests/browser/strategies-new-document.test.ts.
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfProject, siteFolders, type VariantSite } from './site';

export const NEW_DOCUMENT_FIXTURE = join('tests', 'fixtures', 'strategies', 'new-document');

export const newDocument: VariantSite = {
  name: 'new-document',
  projects: ['browser'],
  async make({ dir, build, script }) {
    const { content, data } = copyOfProject(dir);
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
    // The guide: spell the action rows' links out, one per row.
    const env = { PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data };
    await script('strategy-links', 'scripts/import/all.ts', env, ['strategy-links']);
    await build('build', siteFolders(dir));
  },
};
