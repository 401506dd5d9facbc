/**
 * `/directory/hsds.json`: the directory in Open Referral (HSDS 3.0) shape. Serves the
 * committed file in data/directory/, which `npm run validate` keeps in step with the tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../lib/load';
import { directoryResources } from '../../schemas/directory';

export function GET() {
  return new Response(readFileSync(join(dataDir(), directoryResources[0].path), 'utf8'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
