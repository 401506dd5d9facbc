import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyLinks, bodyTags, checkDocumentLinks, checkRowLinks, type LinkTargets } from '../../src/lib/strategy/links';
import { parseStrategyFile, readStrategyFiles } from '../../src/lib/strategy/files';
import { strategyChecks } from '../../src/lib/strategy/checks';
import { formatProblem } from '../../src/core/errors';
import { loadAll, dataDir } from '../../src/core/load';
import { allTables } from '../../src/schemas/index';
import { readFileSync } from 'node:fs';

const INDICATORS = 'anti-social-behaviour, confidence, property-crime, violent-crime';

const targets: LinkTargets = {
  indicatorIds: new Set(['violent-crime', 'property-crime', 'anti-social-behaviour', 'confidence']),
  directoryIds: new Set(),
  sourceIds: new Set(['sbp-minutes-2012-06-28', 'lcrb-anti-gangs-strategy']),
  documentIds: new Set(['strategic-group-september-2012', 'broken-link']),
  actionParts: new Set(['strategic-group-september-2012|', 'strategic-group-september-2012|Decisions of 28 June 2012']),
  outcomeKeys: new Set(),
};

describe("reading links from a document's text", () => {
  it('finds components with their attributes and line numbers', () => {
    const body =
      'Intro\n\n<IndicatorChart indicator="violent-crime" series=\'recomputed\' />\n\nText <Cite source={"x"} section="item 7" />.\n';
    expect(bodyTags(body, 20)).toEqual([
      { name: 'IndicatorChart', attrs: { indicator: 'violent-crime', series: 'recomputed' }, line: 22 },
      { name: 'Cite', attrs: { source: 'x', section: 'item 7' }, line: 24 },
    ]);
  });

  it('finds links to indicator, directory and strategy pages, and nothing else', () => {
    const body =
      '[a](/indicators/confidence/) and [b](/directory/chance-uk/#refer)\n[c](/strategies/lcrb-anti-gangs-strategy/actions.csv) [d](/about/) [e](/indicators/)';
    expect(bodyLinks(body)).toEqual([
      { kind: 'indicator', id: 'confidence', line: 1 },
      { kind: 'directory', id: 'chance-uk', line: 1 },
      { kind: 'document', id: 'lcrb-anti-gangs-strategy', line: 2 },
    ]);
  });
});

describe("checking a document's links", () => {
  const FILE = 'content/strategies/broken-link.mdx';
  const doc = parseStrategyFile(readFileSync('tests/fixtures/strategies/broken-link.mdx', 'utf8'), FILE, 'broken-link');

  it('names the document and the missing id for every broken link', () => {
    expect(doc.problems).toEqual([]);
    expect(checkDocumentLinks(doc, targets).map(formatProblem)).toEqual([
      `${FILE}: "no-such-indicator" in related_indicators is not an indicator id; expected one of ${INDICATORS} (data/kpi/indicators.csv)`,
      `${FILE}: "no-such-service" in related_interventions is not a directory entry id: no directory entries are published in data/directory/ yet`,
      `${FILE}: "no-such-document" in related_documents is not a strategy document; expected one of broken-link, strategic-group-september-2012 (content/strategies/)`,
      `${FILE}: "lcrb-anti-gangs-strategy" at line 27 (<Cite source>) is not listed in this document's frontmatter sources; add it there so the citation has somewhere to point`,
      `${FILE}: "burglary-rate" at line 29 (<IndicatorChart indicator>) is not an indicator id; expected one of ${INDICATORS} (data/kpi/indicators.csv)`,
      `${FILE}: "missing-indicator" at line 31 (link) is not an indicator id; expected one of ${INDICATORS} (data/kpi/indicators.csv)`,
    ]);
    // The line numbers are the file's own.
    const lines = readFileSync('tests/fixtures/strategies/broken-link.mdx', 'utf8').split('\n');
    expect(lines[26]).toContain('<Cite');
    expect(lines[28]).toContain('burglary-rate');
    expect(lines[30]).toContain('missing-indicator');
  });

  it('checks that an action table names a document and a part that have rows', () => {
    const text = readFileSync('tests/fixtures/strategies/valid.mdx', 'utf8').replace(
      '<IndicatorChart indicator="anti-social-behaviour" />',
      '<ActionTable document="strategic-group-september-2012" part="Decisions of 28 June 2012" />\n<ActionTable document="strategic-group-september-2012" part="Decisions of 1 April" />\n<OutcomeTable document="strategic-group-september-2012" />',
    );
    const problems = checkDocumentLinks(parseStrategyFile(text, FILE, 'plan'), targets).map(formatProblem);
    expect(problems).toEqual([
      `${FILE}: "Decisions of 1 April" at line 30 (<ActionTable>) is not a part with rows for document strategic-group-september-2012 in data/strategy/actions.csv`,
      `${FILE}: "strategic-group-september-2012" at line 31 (<OutcomeTable>) has no rows in data/strategy/outcomes.csv`,
    ]);
  });

  it('accepts a directory link the directory publishes, and names the file of ids when it does not', () => {
    const withDirectory = { ...targets, directoryIds: new Set(['no-such-service']) };
    expect(checkDocumentLinks(doc, withDirectory).map((p) => p.value)).not.toContain('no-such-service');
    const otherDirectory = { ...targets, directoryIds: new Set(['chance-uk']) };
    expect(checkDocumentLinks(doc, otherDirectory).map(formatProblem)).toContain(
      `${FILE}: "no-such-service" in related_interventions is not a directory entry id; expected a service_id from data/directory/services.csv (the address /directory/<id>/ of an entry)`,
    );
  });
});

describe('checking action rows', () => {
  it('names file, row, column and id', () => {
    const rows = [
      { document_id: 'strategic-group-september-2012', indicator_ids: ['violent-crime'], directory_ids: [] },
      { document_id: 'no-such-document', indicator_ids: ['arson'], directory_ids: ['life-course'] },
    ];
    expect(checkRowLinks(rows, 'data/strategy/actions.csv', targets).map(formatProblem)).toEqual([
      'data/strategy/actions.csv row 3, column document_id: "no-such-document" is not a strategy document; expected one of broken-link, strategic-group-september-2012 (content/strategies/)',
      `data/strategy/actions.csv row 3, column indicator_ids: "arson" is not an indicator id; expected one of ${INDICATORS} (data/kpi/indicators.csv)`,
      'data/strategy/actions.csv row 3, column directory_ids: "life-course" is not a directory entry id: no directory entries are published in data/directory/ yet',
    ]);
  });
});

describe('the whole library', () => {
  const rows = loadAll(allTables);

  it('has every link resolving: documents, action rows and outcome rows', () => {
    expect(strategyChecks(rows, dataDir()).map(formatProblem)).toEqual([]);
  });

  it('fails on a broken document added beside the real ones, naming only that document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strategies-'));
    try {
      for (const d of readStrategyFiles()) copyFileSync(d.file, join(dir, `${d.id}.mdx`));
      copyFileSync('tests/fixtures/strategies/broken-link.mdx', join(dir, 'broken-link.mdx'));
      writeFileSync(join(dir, '_unpublished.mdx'), 'not a document, and not read');
      const problems = strategyChecks(rows, dataDir(), readStrategyFiles(dir));
      expect(problems.length).toBe(6);
      expect(problems.every((p) => p.file.endsWith('broken-link.mdx'))).toBe(true);
      expect(problems.map((p) => p.value)).toEqual([
        'no-such-indicator',
        'no-such-service',
        'no-such-document',
        'lcrb-anti-gangs-strategy',
        'burglary-rate',
        'missing-indicator',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
