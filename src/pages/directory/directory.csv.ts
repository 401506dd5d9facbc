/**
 * `/directory/directory.csv`: the directory as one sheet. Serves the committed file in
 * data/directory/, which `npm run validate` keeps in step with the tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/load';
import { directoryFlatTable } from '../../schemas/directory';

export function GET() {
  return new Response(readFileSync(join(dataDir(), directoryFlatTable.path), 'utf8'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
