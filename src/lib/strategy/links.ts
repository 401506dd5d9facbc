/**
 * Cross-links between strategy documents, indicators, directory entries, sources and
 * action data, and the checks that every one of them resolves. `npm run validate` (and
 * so the build) fails on a link to an id that does not exist, naming the document or
 * data row and the missing id.
 */
import type { DataProblem } from '../../core/errors';
import type { StrategyFile } from './files';

/** A component used in a document's text, with its attributes and line number. */
export interface BodyTag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

/** A plain link in a document's text to a page of another section. */
export interface BodyLink {
  kind: 'indicator' | 'directory' | 'document';
  id: string;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTR = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;
const LINK = /\/(indicators|directory|strategies)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?=[/#?)"'\s]|$)/g;
const LINK_KINDS = { indicators: 'indicator', directory: 'directory', strategies: 'document' } as const;

function lineAt(text: string, index: number, firstLine: number): number {
  return firstLine + text.slice(0, index).split('\n').length - 1;
}

/** The components (capitalised tags) a document's text uses, with string attributes. */
export function bodyTags(body: string, firstLine = 1): BodyTag[] {
  const tags: BodyTag[] = [];
  for (const m of body.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? '';
    tags.push({ name: m[1]!, attrs, line: lineAt(body, m.index, firstLine) });
  }
  return tags;
}

/** Links in the text to `/indicators/<id>/`, `/directory/<id>/` and `/strategies/<id>/`. */
export function bodyLinks(body: string, firstLine = 1): BodyLink[] {
  return [...body.matchAll(LINK)].map((m) => ({
    kind: LINK_KINDS[m[1] as keyof typeof LINK_KINDS],
    id: m[2]!,
    line: lineAt(body, m.index, firstLine),
  }));
}

/** Everything a link may point at. */
export interface LinkTargets {
  indicatorIds: ReadonlySet<string>;
  directoryIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  documentIds: ReadonlySet<string>;
  /** `document|part` for every part with action rows, and `document|` for any. */
  actionParts: ReadonlySet<string>;
  /** `document|outcome_id` for every outcome row, and `document|` for any. */
  outcomeKeys: ReadonlySet<string>;
}

const list = (ids: ReadonlySet<string>) => [...ids].sort().join(', ');

/** Why an id is unknown, for each kind of link. */
export function unknownIdProblem(kind: 'indicator' | 'directory' | 'document' | 'source', t: LinkTargets): string {
  switch (kind) {
    case 'indicator':
      return `is not an indicator id; expected one of ${list(t.indicatorIds)} (data/kpi/indicators.csv)`;
    case 'directory':
      return t.directoryIds.size
        ? 'is not a directory entry id; expected a service_id from data/directory/services.csv (the address /directory/<id>/ of an entry)'
        : 'is not a directory entry id: no directory entries are published in data/directory/ yet';
    case 'document':
      return `is not a strategy document; expected one of ${list(t.documentIds)} (content/strategies/)`;
    case 'source':
      return 'is not a source_id in data/meta/sources.csv';
  }
}

function has(kind: 'indicator' | 'directory' | 'document' | 'source', id: string, t: LinkTargets): boolean {
  const set = { indicator: t.indicatorIds, directory: t.directoryIds, document: t.documentIds, source: t.sourceIds }[
    kind
  ];
  return set.has(id);
}

/** Checks one document's frontmatter links and the components and links in its text. */
export function checkDocumentLinks(doc: StrategyFile, t: LinkTargets): DataProblem[] {
  if (!doc.data) return [];
  const problems: DataProblem[] = [];
  const file = doc.file;
  const fm = doc.data;
  const front = (field: string, kind: 'indicator' | 'directory' | 'document' | 'source', ids: string[]) => {
    for (const id of ids)
      if (!has(kind, id, t)) problems.push({ file, value: id, problem: `in ${field} ${unknownIdProblem(kind, t)}` });
  };
  front('related_indicators', 'indicator', fm.related_indicators);
  front('related_interventions', 'directory', fm.related_interventions);
  front('related_documents', 'document', fm.related_documents);
  front(
    'sources',
    'source',
    fm.sources.map((s) => s.source_id),
  );
  const cited = new Set(fm.sources.map((s) => s.source_id));

  const at = (line: number, what: string, id: string, problem: string) =>
    problems.push({ file, value: id, problem: `at line ${line} (${what}) ${problem}` });
  for (const tag of bodyTags(doc.body, doc.bodyLine)) {
    const a = tag.attrs;
    if (a.indicator !== undefined && !t.indicatorIds.has(a.indicator))
      at(tag.line, `<${tag.name} indicator>`, a.indicator, unknownIdProblem('indicator', t));
    if (a.source !== undefined) {
      if (!t.sourceIds.has(a.source)) at(tag.line, `<${tag.name} source>`, a.source, unknownIdProblem('source', t));
      else if (!cited.has(a.source))
        at(
          tag.line,
          `<${tag.name} source>`,
          a.source,
          "is not listed in this document's frontmatter sources; add it there so the citation has somewhere to point",
        );
    }
    if (a.document !== undefined) {
      if (!t.documentIds.has(a.document))
        at(tag.line, `<${tag.name} document>`, a.document, unknownIdProblem('document', t));
      else if (tag.name === 'ActionTable' && !t.actionParts.has(`${a.document}|${a.part ?? ''}`)) {
        at(
          tag.line,
          '<ActionTable>',
          a.part ?? a.document,
          a.part !== undefined
            ? `is not a part with rows for document ${a.document} in data/strategy/actions.csv`
            : 'has no rows in data/strategy/actions.csv',
        );
      } else if (tag.name === 'OutcomeTable' && !t.outcomeKeys.has(`${a.document}|`)) {
        at(tag.line, '<OutcomeTable>', a.document, 'has no rows in data/strategy/outcomes.csv');
      } else if (a.outcome !== undefined && !t.outcomeKeys.has(`${a.document}|${a.outcome}`)) {
        at(
          tag.line,
          `<${tag.name} outcome>`,
          a.outcome,
          `is not an outcome_id of document ${a.document} in data/strategy/outcomes.csv`,
        );
      }
    }
  }
  for (const link of bodyLinks(doc.body, doc.bodyLine)) {
    if (!has(link.kind, link.id, t)) at(link.line, 'link', link.id, unknownIdProblem(link.kind, t));
  }
  return problems;
}

/** A data row that links to documents, indicators and directory entries. */
export interface LinkingRow {
  document_id: string;
  indicator_ids?: string[];
  directory_ids?: string[];
}

/** Checks the links in action or outcome rows; rows are numbered as in the CSV (header is row 1). */
export function checkRowLinks(rows: readonly LinkingRow[], file: string, t: LinkTargets): DataProblem[] {
  const problems: DataProblem[] = [];
  rows.forEach((r, i) => {
    const row = i + 2;
    if (!t.documentIds.has(r.document_id))
      problems.push({
        file,
        row,
        column: 'document_id',
        value: r.document_id,
        problem: unknownIdProblem('document', t),
      });
    for (const id of r.indicator_ids ?? [])
      if (!t.indicatorIds.has(id))
        problems.push({ file, row, column: 'indicator_ids', value: id, problem: unknownIdProblem('indicator', t) });
    for (const id of r.directory_ids ?? [])
      if (!t.directoryIds.has(id))
        problems.push({ file, row, column: 'directory_ids', value: id, problem: unknownIdProblem('directory', t) });
  });
  return problems;
}
