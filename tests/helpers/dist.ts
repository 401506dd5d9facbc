/** Reading the built site in build tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteIndex } from './site-index';
import { CSV_METADATA_FILE, metadataHref } from '../../src/charts/figure';

export const DIST = 'dist';

/** The text of a file in dist/, failing clearly when the build did not produce it. */
export function distFile(path: string): string {
  const full = join(DIST, path);
  if (!existsSync(full)) throw new Error(`${full} was not built`);
  return readFileSync(full, 'utf8');
}

/** Every file of the built site (dist/) as sorted relative paths, from its index, optionally filtered by ending. */
export function distFiles(ext?: string): string[] {
  return siteIndex(DIST).files.filter((f) => !ext || f.endsWith(ext));
}

/** One table of a folder's CSV on the Web metadata (`csv-metadata.json`). */
export interface CsvTableMetadata {
  url: string;
  'dc:title': string;
  'dc:source': string;
  'dc:rights': string;
  'dc:license'?: { '@id': string };
  'dc:isReferencedBy': string;
  tableSchema: { columns: Array<{ name: string; titles: string; 'dc:description'?: string; datatype: string }> };
}

/** Every folder metadata file's tables, each with the site path of the CSV it describes. */
export function csvMetadataTables(): Array<{ csv: string; file: string; table: CsvTableMetadata }> {
  return distFiles()
    .filter((f) => f === CSV_METADATA_FILE || f.endsWith(`/${CSV_METADATA_FILE}`))
    .flatMap((file) =>
      (JSON.parse(distFile(file)) as { tables: CsvTableMetadata[] }).tables.map((table) => ({
        csv: new URL(table.url).pathname.slice(1),
        file,
        table,
      })),
    );
}

/** The metadata of the figure CSV `<key>.csv`, from its folder's `csv-metadata.json`. */
export function csvMetadataOf(key: string): CsvTableMetadata {
  const file = metadataHref({ key }).slice(1);
  const table = (JSON.parse(distFile(file)) as { tables: CsvTableMetadata[] }).tables.find((t) =>
    new URL(t.url).pathname.endsWith(`/${key}.csv`),
  );
  if (!table) throw new Error(`${file} does not describe ${key}.csv`);
  return table;
}
