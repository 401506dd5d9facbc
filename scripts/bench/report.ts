/**
 * The benchmark's results as data (`bench/results.json`) and as a readable table
 * (`bench/results.md`).
 */
import type { BuildMeasure } from './measure';
import type { LighthouseScores } from './lighthouse';

/** One benchmark build: what it built from and what it measured, or why it stopped. */
export interface RunResult {
  id: 'a' | 'b' | '2b';
  label: string;
  wards: number;
  crimeRows: number;
  measure?: BuildMeasure;
  error?: string;
}

export interface BenchResults {
  date: string;
  machine: { cores: number; memoryGb: number; node: string; platform: string };
  runs: RunResult[];
  growth: Array<{ from: string; to: string; wards: number; time: number | null; memory: number | null }>;
  lighthouse: LighthouseScores[];
  notes: string[];
}

const ratio = (x?: number, y?: number) => (x && y ? Math.round((y / x) * 100) / 100 : null);

/** Growth of build time and peak memory between consecutive runs. */
export function growthOf(runs: readonly RunResult[]): BenchResults['growth'] {
  return runs.slice(1).map((to, i) => {
    const from = runs[i]!;
    return { from: from.id, to: to.id, wards: Math.round((to.wards / from.wards) * 100) / 100, time: ratio(from.measure?.seconds, to.measure?.seconds), memory: ratio(from.measure?.peakMemoryMb, to.measure?.peakMemoryMb) };
  });
}

const n1 = (x: number) => x.toFixed(1);
const cell = (r: RunResult, f: (m: BuildMeasure) => string) => (r.measure ? f(r.measure) : 'failed');

/** The results as Markdown. */
export function resultsMarkdown(r: BenchResults): string {
  const head = (first: string) => `| ${first} | ${r.runs.map((x) => `(${x.id}) ${x.label}`).join(' | ')} |\n|---|${r.runs.map(() => '---:').join('|')}|`;
  const row = (name: string, f: (x: RunResult) => string) => `| ${name} | ${r.runs.map(f).join(' | ')} |`;
  const templates = [...new Set(r.runs.flatMap((x) => Object.keys(x.measure?.jsKbByTemplate ?? {})))].sort();
  const lines = [
    '# Benchmark results', '',
    `Run on ${r.date} on a machine with ${r.machine.cores} cores and ${r.machine.memoryGb} GB of memory (${r.machine.platform}, Node ${r.machine.node}), with \`npm run bench\`.`,
    'Build time is wall time of the whole `npm run build` (validation, Astro, chart files, Pagefind); peak memory is the largest single process\'s peak resident set.', '',
    '## Builds', '',
    head('Measure'),
    row('Wards (May-2022 set)', (x) => String(x.wards)),
    row('Ward crime rows', (x) => String(x.crimeRows)),
    row('Build time (s)', (x) => cell(x, (m) => n1(m.seconds))),
    row('Peak memory (MB)', (x) => cell(x, (m) => m.peakMemoryMb.toFixed(0))),
    row('Pages (HTML)', (x) => cell(x, (m) => String(m.pages))),
    row('dist size (MB)', (x) => cell(x, (m) => n1(m.distMb))),
    row('Largest page (KB, gzip KB)', (x) => cell(x, (m) => `${m.largestPage.kb.toFixed(0)}, ${m.largestPage.gzipKb.toFixed(0)}`)),
    row('Largest page path', (x) => cell(x, (m) => `\`${m.largestPage.path}\``)),
    row('Pagefind index (KB)', (x) => cell(x, (m) => m.pagefindKb.toFixed(0))),
    '', '## Growth', '',
    '| From → to | Wards × | Build time × | Peak memory × |', '|---|---:|---:|---:|',
    ...r.growth.map((g) => `| (${g.from}) → (${g.to}) | ${g.wards} | ${g.time ?? 'n/a'} | ${g.memory ?? 'n/a'} |`),
    ...r.growth.filter((g) => g.time !== null && g.time > g.wards * 1.2).map((g) => `\nFrom (${g.from}) to (${g.to}) build time grew ${g.time}× for ${g.wards}× the wards: more than in proportion, so some build work grows faster than the number of wards (not profiled here).`),
    '', '## JavaScript per page template', '',
    'Gzip KB loaded before any interaction (script files and their static imports; the largest page of each template). Pagefind\'s runtime and index, fetched on the first search, are not included.', '',
    head('Template'),
    ...templates.map((t) => row(`\`${t}\``, (x) => cell(x, (m) => (m.jsKbByTemplate[t] ?? 0).toFixed(1)))),
    '', '## Lighthouse (mobile, published build)', '',
    '| Page | Path | Performance | Accessibility | Best practices | SEO |', '|---|---|---:|---:|---:|---:|',
    ...r.lighthouse.map((l) => `| ${l.page} | \`${l.path}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`),
  ];
  const failed = r.runs.filter((x) => x.error);
  if (failed.length) lines.push('', '## Runs that did not finish', '', ...failed.map((x) => `- (${x.id}) ${x.label}: ${x.error}`));
  if (r.notes.length) lines.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
