/**
 * Every published data file, each at one address:
 * - /data/<path> for each resource as datapackage.json names it (the catalogue links the
 *   same path, so a file is never published twice);
 * - /data/<name>.json for each table small enough for a JSON copy (JSON_COPY_MAX_BYTES);
 * - /data/datapackage.json and the whole package as one zip.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileBytes, dataPackage, datasets } from '../../lib/catalogue';
import { siteConfig } from '../../lib/site';
import { zip } from '../../core/zip';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', topojson: 'application/json', geojson: 'application/geo+json', zip: 'application/zip' };

export const getStaticPaths = (() => {
  const site = siteConfig();
  const pkg = dataPackage(site);
  // The committed descriptor with this build's address as its homepage: the same bytes
  // as data/datapackage.json (which `npm run validate` checks) unless this is a preview.
  const pkgBytes = new TextEncoder().encode(`${JSON.stringify(pkg, null, 2)}\n`);
  const files = new Map<string, Uint8Array | string>();
  files.set('datapackage.json', pkgBytes);
  for (const d of datasets(site)) {
    files.set(d.resource.path, dataFileBytes(d.resource.path));
    if (d.table && d.noJson === null) files.set(`${d.resource.name}.json`, `${JSON.stringify(d.rows, null, 1)}\n`);
  }
  // Each file is read once: the zip holds the same bytes as the file's own address.
  const entries = [{ name: 'datapackage.json', data: pkgBytes }, ...pkg.resources.map((r) => ({ name: r.path, data: files.get(r.path) as Uint8Array }))];
  files.set(`${pkg.name}.zip`, zip(entries, site.dataUpdated));
  return [...files.entries()].map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const ext = String(params.file).split('.').pop() ?? '';
  return new Response(props.body as BodyInit, { headers: { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' } });
};
