/** Writes `data/datapackage.json` from the table registry (`npm run datapackage`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPackageText } from './lib/datapackage-file';

const file = join(process.env.PORTAL_DATA_DIR ?? 'data', 'datapackage.json');
writeFileSync(file, dataPackageText());
console.log(`wrote ${file}`);
