import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStrategyFile, readStrategyFiles } from '../../src/lib/strategy/files';
import { strategySchema } from '../../src/schemas/strategy';

const VALID = readFileSync('tests/fixtures/strategies/valid.mdx', 'utf8');
const FILE = 'content/strategies/plan.mdx';

/** The fixture with one frontmatter line replaced (or removed when `to` is empty). */
function withLine(from: RegExp, to: string): string {
  const out = VALID.replace(from, to);
  if (out === VALID) throw new Error(`fixture has no line matching ${from}`);
  return out;
}

function problemsOf(text: string, id = 'plan'): string[] {
  return parseStrategyFile(text, FILE, id).problems.map((p) => `${p.file}: ${p.problem}`);
}

describe('strategy frontmatter', () => {
  it('accepts the template document and reads an unquoted date as text', () => {
    const doc = parseStrategyFile(VALID, FILE, 'plan');
    expect(doc.problems).toEqual([]);
    expect(doc.data?.published).toBe('2013-04-22');
    expect(doc.data?.related_interventions).toEqual([]);
    expect(doc.body).toContain('## What the plan is for');
    // The body starts at the end of the closing --- line, so text positions map to file lines.
    expect(VALID.split('\n')[doc.bodyLine - 1]).toBe('---');
    expect(VALID.split('\n')[doc.bodyLine + 1]).toBe('## What the plan is for');
  });

  it('reads a bare year, and allows the date to be left out', () => {
    expect(parseStrategyFile(withLine(/published: .*/, 'published: 2013'), FILE, 'plan').data?.published).toBe('2013');
    const undated = parseStrategyFile(withLine(/published: .*\n/, ''), FILE, 'plan');
    expect(undated.problems).toEqual([]);
    expect(undated.data?.published).toBeUndefined();
  });

  it.each([
    [
      'an unknown field',
      /status: adopted/,
      'status: adopted\nrelated_indicator:\n  - violent-crime',
      'frontmatter field (frontmatter): has unknown field "related_indicator"; check the spelling against content/README.md',
    ],
    [
      'an unknown theme',
      /  - partnership-working/,
      '  - burglary',
      'frontmatter field themes.1: must be one of gangs-and-youth-violence, anti-social-behaviour,',
    ],
    [
      'an unknown status',
      /status: adopted/,
      'status: agreed',
      'frontmatter field status: must be one of draft, proposed, adopted, published',
    ],
    [
      'a malformed date',
      /published: .*/,
      'published: April 2013',
      'frontmatter field published: must be a year (2012), a month (2012-09) or a date (2012-09-27)',
    ],
    [
      'a bad indicator id',
      /  - anti-social-behaviour\nrelated_documents/,
      '  - Anti Social Behaviour\nrelated_documents',
      'frontmatter field related_indicators.0: must be an id of lower-case letters, digits and hyphens, e.g. violent-crime',
    ],
    ['a missing publisher', /publisher: .*\n/, '', 'frontmatter field publisher: is missing; expected text'],
    [
      'a source without sections',
      /    sections: \["Item 7"\]\n/,
      '',
      'frontmatter field sources.0.sections: is missing; expected a list of sections',
    ],
  ])('rejects %s, naming the file and the field', (_label, from, to, expected) => {
    const problems = problemsOf(withLine(from, to));
    expect(
      problems.some((p) => p.startsWith(`${FILE}: ${expected}`)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('rejects a summary too short to be useful', () => {
    expect(
      strategySchema.safeParse({ ...parseStrategyFile(VALID, FILE, 'plan').data, summary: 'Too short.' }).success,
    ).toBe(false);
  });

  it('rejects a file name that is not an id, a file without frontmatter and broken YAML', () => {
    expect(problemsOf(VALID, 'Community Plan')).toContain(
      `${FILE}: has a file name that is not an id; expected lower-case letters, digits and hyphens, e.g. safer-for-all-2008-2011.mdx`,
    );
    expect(problemsOf('# Just a heading\n')).toEqual([
      `${FILE}: has no frontmatter; expected a block between --- lines at the top (see content/README.md)`,
    ]);
    expect(problemsOf('---\ntitle: "unclosed\n---\nText\n')[0]).toMatch(
      /^content\/strategies\/plan\.mdx: has frontmatter that is not valid YAML/,
    );
  });
});

describe('the published documents', () => {
  const docs = readStrategyFiles();

  it('are the seven partnership documents, each valid', () => {
    expect(docs.map((d) => d.id)).toEqual([
      'citizen-involvement-austin-estate',
      'collaborative-working-brent',
      'lcrb-anti-gangs-strategy',
      'lessons-from-boston',
      'safer-for-all-2008-2011',
      'strategic-group-september-2012',
      'tackling-gangs-in-bromley-2012',
    ]);
    expect(docs.flatMap((d) => d.problems)).toEqual([]);
  });

  it('carry no personal e-mail addresses or phone numbers', () => {
    for (const d of docs) {
      const text = readFileSync(d.file, 'utf8');
      expect(text, d.file).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(text, d.file).not.toMatch(/\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b/);
    }
  });

  it('each cite at least one source and say which sections they draw on', () => {
    for (const d of docs)
      expect(
        d.data!.sources.every((s) => s.sections.length > 0),
        d.id,
      ).toBe(true);
  });
});
