/**
 * A portal without a directory: the content and data copied, the directory section
 * switched off in site.json, every directory table left with its header row, and the
 * links strategy documents make to directory entries removed (as a partnership without a
 * directory would). Read by tests/build/section-off.test.ts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { allTables } from '../../src/schemas';
import { strategiesDir } from '../../src/core/content-paths';
import { directoryExportFiles } from '../../src/lib/directory/export';
import { copyOfProject, siteFolders, type VariantSite } from './site';

/** Sets whether the directory section is on in a content folder's site.json. */
export function setDirectorySection(content: string, on: boolean): void {
  const file = join(content, 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8'));
  site.sections.directory = on;
  writeFileSync(file, `${JSON.stringify(site, null, 2)}\n`);
}

export const directoryOff: VariantSite = {
  name: 'directory-off',
  projects: ['build'],
  async make({ dir, build, script }) {
    const { content, data } = copyOfProject(dir);
    setDirectorySection(content, false);
    for (const t of allTables.filter((t) => t.section === 'directory'))
      writeFileSync(join(data, t.path), `${t.columns.join(',')}\n`);
    for (const f of directoryExportFiles([], [])) writeFileSync(join(data, f.path), f.text);
    // Documents keep their text but no longer link to directory entries.
    const docs = strategiesDir(content);
    for (const name of readdirSync(docs).filter((n) => n.endsWith('.mdx'))) {
      const text = readFileSync(join(docs, name), 'utf8')
        .replace(/related_interventions:\n(?: {2}- .*\n)+/, 'related_interventions: []\n')
        .replace(/\[([^\]]+)\]\(\/directory\/[^)]*\)/g, '$1');
      writeFileSync(join(docs, name), text);
    }
    const actions = join(data, 'strategy', 'actions.csv');
    const [header, ...rows] = readFileSync(actions, 'utf8').trimEnd().split('\n');
    const column = header!.split(',').indexOf('directory_ids');
    const parsed = Papa.parse<string[]>(rows.join('\n')).data.map((cells) => {
      cells[column] = '';
      return cells;
    });
    writeFileSync(actions, `${header}\n${Papa.unparse(parsed, { newline: '\n' })}\n`);
    const env = { PORTAL_CONTENT_DIR: content, PORTAL_DATA_DIR: data };
    await script('strategy-links', 'scripts/import/all.ts', env, ['strategy-links']);
    await script('datapackage', 'scripts/datapackage.ts', env);
    await build('build', siteFolders(dir));
  },
};
