/**
 * The check against misattribution: a dataset published as the portal's area may only
 * draw on sources that cover that area, or a wider area that contains it (London-wide
 * police files for a London borough, national census tables). A partnership that
 * copies the portal and forgets to replace a table stops here, instead of publishing
 * another area's figures under its own name.
 */
import { areaContains, areaHasDistrict } from '../../core/areas';
import type { DataProblem } from '../../core/errors';
import type { AnyTable, ExtraResource } from '../../core/tables';

/** What the check needs of a source (data/meta/sources.csv). */
export interface SourceArea {
  source_id: string;
  title: string;
  area_code: string;
}

/** A published dataset: its definition, and its rows (tables) or none (other files). */
export interface CheckedDataset {
  resource: Pick<AnyTable, 'name' | 'aboutArea' | 'areaColumn'> | Pick<ExtraResource, 'name'>;
  /** The file as messages name it, e.g. data/kpi/indicators.csv. */
  file: string;
  rows: readonly Record<string, unknown>[] | null;
}

/**
 * Problems for every dataset that uses a source whose area neither is the portal's area
 * nor contains it. A dataset's sources are those data/meta/table-sources.csv lists for
 * it and any its rows cite in a source_id column. Empty datasets and those that record
 * what documents say (`aboutArea: false`) are not checked.
 */
export function misattributions(
  datasets: readonly CheckedDataset[],
  tableSources: readonly { resource: string; source_id: string }[],
  sources: readonly SourceArea[],
  area: { code: string; name: string },
  configFile = 'content/site.json',
): DataProblem[] {
  const problems: DataProblem[] = [];
  const byId = new Map(sources.map((s) => [s.source_id, s]));
  for (const { resource, file: dataFile, rows } of datasets) {
    if ('aboutArea' in resource && resource.aboutArea === false) continue;
    if (rows !== null && rows.length === 0) continue;
    const ids = new Set(tableSources.filter((t) => t.resource === resource.name).map((t) => t.source_id));
    for (const r of rows ?? []) if (typeof r.source_id === 'string') ids.add(r.source_id);
    for (const id of [...ids].sort()) {
      const source = byId.get(id);
      if (!source || areaContains(source.area_code, area.code)) continue;
      problems.push({
        file: dataFile,
        problem: `dataset "${resource.name}" comes from source "${id}" ("${source.title}"), which covers ${source.area_code}; the portal is for ${area.name} (area.code ${area.code} in ${configFile}), which ${source.area_code} neither is nor contains. Replace the file with figures for ${area.name}, or switch its section off in ${configFile} and leave only the header row`,
      });
    }
    // Rows that name their area (borough series, ward lists) must be in the portal's area.
    const column = 'areaColumn' in resource ? resource.areaColumn : undefined;
    const outside = new Set<string>();
    for (const r of column ? (rows ?? []) : []) {
      const code = r[column!];
      if (typeof code === 'string' && !areaHasDistrict(area, code)) outside.add(code);
    }
    for (const code of [...outside].sort()) {
      problems.push({
        file: dataFile,
        column,
        value: code,
        problem: `is not within the portal's area ${area.name} (area.code ${area.code} in ${configFile}); expected rows for ${area.code} only`,
      });
    }
  }
  return problems;
}

/**
 * Consistency of data/meta/table-sources.csv with the registry: every listed dataset
 * exists, every published dataset has a source, and every source_id a table's rows
 * cite is listed for that table (so the data package names all of them).
 */
export function tableSourceProblems(
  datasets: readonly CheckedDataset[],
  known: readonly { name: string; sources?: readonly unknown[] }[],
  tableSources: readonly { resource: string; source_id: string }[],
  file = 'data/meta/table-sources.csv',
  sourceIds: ReadonlySet<string> | null = null,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const names = new Set(known.map((k) => k.name));
  const published = new Set(datasets.map((d) => d.resource.name));
  tableSources.forEach((t, i) => {
    if (!names.has(t.resource))
      problems.push({
        file,
        row: i + 2,
        column: 'resource',
        value: t.resource,
        problem: 'is not a dataset in data/datapackage.json; expected a resource name such as kpi-indicators',
      });
    else if (sourceIds && published.has(t.resource) && !sourceIds.has(t.source_id))
      problems.push({
        file,
        row: i + 2,
        column: 'source_id',
        value: t.source_id,
        problem: 'does not match any source_id in meta/sources.csv',
      });
  });
  for (const { resource, file: dataFile, rows } of datasets) {
    const listed = new Set(tableSources.filter((t) => t.resource === resource.name).map((t) => t.source_id));
    const own = known.find((k) => k.name === resource.name)?.sources?.length ?? 0;
    if (listed.size === 0 && own === 0)
      problems.push({
        file,
        problem: `lists no source for dataset "${resource.name}" (${dataFile}); expected a row ${resource.name},<source_id>`,
      });
    // Tables of what documents say grow with each document added (content/README.md), which
    // names its sources in its own frontmatter; only datasets about the area must list all.
    const documents = 'aboutArea' in resource && resource.aboutArea === false;
    const cited = new Set(
      documents ? [] : (rows ?? []).map((r) => r.source_id).filter((v): v is string => typeof v === 'string'),
    );
    for (const id of [...cited].sort()) {
      if (!listed.has(id))
        problems.push({
          file,
          problem: `does not list source "${id}" for dataset "${resource.name}", though rows of ${dataFile} cite it; expected a row ${resource.name},${id}`,
        });
    }
  }
  return problems;
}
