/**
 * The benchmark's results as data (`bench/results.json`) and as a readable table
 * (`bench/results.md`).
 */
import type { BuildMeasure } from './measure';
import { bytesLabel, HOST_LIMITS } from '../lib/host-limits';
import type { LighthouseScores } from './lighthouse';
import type { ImportMeasure } from './policeuk';

/** One benchmark build: what it built from and what it measured, or why it stopped. */
export interface RunResult {
  id: 'a' | 'b' | '2b' | 'fb' | '2fb' | 'c' | 'c9';
  label: string;
  wards: number;
  crimeRows: number;
  measure?: BuildMeasure;
  /** For an area imported from raw files by the benchmark itself: the import's measure. */
  import?: ImportMeasure;
  /** When the run was measured, where it is carried over from an earlier benchmark. */
  measuredOn?: string;
  error?: string;
}

export interface BenchResults {
  date: string;
  machine: { cores: number; memoryGb: number; node: string; platform: string; loadAverage?: number };
  runs: RunResult[];
  growth: Array<{
    from: string;
    to: string;
    wards: number;
    time: number | null;
    cpu?: number | null;
    memory: number | null;
    dist?: number | null;
  }>;
  lighthouse: LighthouseScores[];
  notes: string[];
}

const ratio = (x?: number, y?: number) => (x && y ? Math.round((y / x) * 100) / 100 : null);

/** Growth of build time and peak memory between consecutive runs. */
export function growthOf(runs: readonly RunResult[]): BenchResults['growth'] {
  return runs.slice(1).map((to, i) => {
    const from = runs[i]!;
    return {
      from: from.id,
      to: to.id,
      wards: Math.round((to.wards / from.wards) * 100) / 100,
      time: ratio(from.measure?.seconds, to.measure?.seconds),
      cpu: ratio(from.measure?.cpuSeconds, to.measure?.cpuSeconds),
      memory: ratio(from.measure?.peakMemoryMb, to.measure?.peakMemoryMb),
      dist: ratio(from.measure?.distMb, to.measure?.distMb),
    };
  });
}

const n1 = (x: number) => x.toFixed(1);
const cell = (r: RunResult, f: (m: BuildMeasure) => string) => (r.measure ? f(r.measure) : 'failed');

/** The results as Markdown. */
export function resultsMarkdown(r: BenchResults): string {
  const head = (first: string) =>
    `| ${first} | ${r.runs.map((x) => `(${x.id}) ${x.label}`).join(' | ')} |\n|---|${r.runs.map(() => '---:').join('|')}|`;
  const row = (name: string, f: (x: RunResult) => string) => `| ${name} | ${r.runs.map(f).join(' | ')} |`;
  const templates = [...new Set(r.runs.flatMap((x) => Object.keys(x.measure?.jsKbByTemplate ?? {})))].sort();
  const lines = [
    '# Benchmark results',
    '',
    `Run on ${r.date} on a machine with ${r.machine.cores} cores and ${r.machine.memoryGb} GB of memory (${r.machine.platform}, Node ${r.machine.node}), with \`npm run bench\`${r.machine.loadAverage !== undefined ? `; the load average when it started was ${r.machine.loadAverage.toFixed(1)} (other work on the machine: wall times are longer than on a quiet one, CPU times less so)` : ''}.`,
    "Build time is wall time of the whole `npm run build` (validation, Astro, chart files, Pagefind); peak memory is the largest single process's peak resident set.",
    '',
    '## Builds',
    '',
    head('Measure'),
    row('Measured on', (x) => x.measuredOn ?? r.date),
    row("Wards (the area's current set)", (x) => String(x.wards)),
    row('Ward crime rows', (x) => String(x.crimeRows)),
    row('Import from raw files (s)', (x) => (x.import ? n1(x.import.seconds) : '')),
    row('Import peak memory (MB)', (x) => (x.import ? x.import.peakMemoryMb.toFixed(0) : '')),
    row('Import records read (placed in the area)', (x) =>
      x.import ? `${x.import.records.toLocaleString('en-GB')} (${x.import.placed.toLocaleString('en-GB')})` : '',
    ),
    row('Import rows per second', (x) => (x.import ? x.import.rowsPerSecond.toLocaleString('en-GB') : '')),
    row('Build time (s)', (x) => cell(x, (m) => n1(m.seconds))),
    row('CPU time (s, user + system)', (x) => cell(x, (m) => (m.cpuSeconds ? n1(m.cpuSeconds) : 'n/a'))),
    row('Peak memory (MB)', (x) => cell(x, (m) => m.peakMemoryMb.toFixed(0))),
    row('Pages (HTML)', (x) => cell(x, (m) => String(m.pages))),
    row('dist size (MiB)', (x) => cell(x, (m) => n1(m.distMb))),
    row('Files', (x) => cell(x, (m) => (m.files ? String(m.files) : 'n/a'))),
    row('Total bytes (MB)', (x) => cell(x, (m) => (m.totalBytes ? n1(m.totalBytes / 1e6) : 'n/a'))),
    row('Largest file', (x) =>
      cell(x, (m) => (m.largestFile ? `${bytesLabel(m.largestFile.bytes)}, \`${m.largestFile.path}\`` : 'n/a')),
    ),
    row(
      `Within a static host's limits (${HOST_LIMITS.files.toLocaleString('en-GB')} files, ${bytesLabel(HOST_LIMITS.fileBytes)} a file, ${HOST_LIMITS.totalBytes / 1e6} MB)`,
      (x) => cell(x, (m) => (m.hostProblems ? (m.hostProblems.length ? 'no' : 'yes') : 'n/a')),
    ),
    row('Largest page (KB, gzip KB)', (x) =>
      cell(x, (m) => `${m.largestPage.kb.toFixed(0)}, ${m.largestPage.gzipKb.toFixed(0)}`),
    ),
    row('Largest page path', (x) => cell(x, (m) => `\`${m.largestPage.path}\``)),
    row('Pagefind index (KB)', (x) => cell(x, (m) => m.pagefindKb.toFixed(0))),
    ...hostLimitLines(r.runs),
    '',
    ...whereTheBytesGo(r.runs),
    '',
    '## Growth',
    '',
    '| From → to | Wards × | Build time × | CPU time × | Peak memory × | dist size × |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.growth.map(
      (g) =>
        `| (${g.from}) → (${g.to}) | ${g.wards} | ${g.time ?? 'n/a'} | ${g.cpu ?? 'n/a'} | ${g.memory ?? 'n/a'} | ${g.dist ?? 'n/a'} |`,
    ),
    ...r.growth
      .filter((g) => g.time !== null && g.time > g.wards * 1.2)
      .map(
        (g) =>
          `\nFrom (${g.from}) to (${g.to}) build time grew ${g.time}× for ${g.wards}× the wards: more than in proportion, so some build work grows faster than the number of wards (not profiled here).`,
      ),
    '',
    '## JavaScript per page template',
    '',
    "Gzip KB loaded before any interaction (script files and their static imports; the largest page of each template). Pagefind's runtime and index, fetched on the first search, are not included.",
    '',
    head('Template'),
    ...templates.map((t) => row(`\`${t}\``, (x) => cell(x, (m) => (m.jsKbByTemplate[t] ?? 0).toFixed(1)))),
    '',
    '## Lighthouse (mobile, published build)',
    '',
    // An empty table would read as audits that found nothing: say the audits were not run.
    ...(r.lighthouse.length
      ? [
          '| Page | Path | Performance | Accessibility | Best practices | SEO |',
          '|---|---|---:|---:|---:|---:|',
          ...r.lighthouse.map(
            (l) =>
              `| ${l.page} | \`${l.path}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`,
          ),
        ]
      : ['Not run this time (`--no-lighthouse`).']),
  ];
  lines.push('', ...beyondOneMachine(r.runs), ...policeUkVolumes(r.runs));
  const failed = r.runs.filter((x) => x.error);
  if (failed.length)
    lines.push('', '## Runs that did not finish', '', ...failed.map((x) => `- (${x.id}) ${x.label}: ${x.error}`));
  if (r.notes.length) lines.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

function hostLimitLines(runs: readonly RunResult[]): string[] {
  const failing = runs.filter((x) => x.measure?.hostProblems?.length);
  return failing.length
    ? [
        '',
        ...failing.flatMap((x) =>
          x.measure!.hostProblems.map((p) => `(${x.id}) is not within a static host's limits: ${p}.`),
        ),
      ]
    : [];
}

/** How many kinds of file each run's table lists; the rest are summed in one row. */
const KINDS_SHOWN = 15;

/** Where each run's files and bytes go, by kind of file, the largest first. */
function whereTheBytesGo(runs: readonly RunResult[]): string[] {
  const measured = runs.filter((x) => x.measure?.byKind?.length);
  if (!measured.length) return [];
  const lines = [
    '## Where the files and bytes go',
    '',
    'By kind of file: the template of its folder (`:x` stands for any ward code, view or id) and its ending. The largest kinds first; the rest together in the last row.',
  ];
  for (const x of measured) {
    const kinds = x.measure!.byKind;
    const shown = kinds.slice(0, KINDS_SHOWN);
    const rest = kinds.slice(KINDS_SHOWN);
    const mb = (b: number) => n1(b / 1e6);
    lines.push(
      '',
      `### (${x.id}) ${x.label}`,
      '',
      '| Kind | Files | MB |',
      '|---|---:|---:|',
      ...shown.map((k) => `| \`${k.kind}\` | ${k.files} | ${mb(k.bytes)} |`),
      ...(rest.length
        ? [
            `| ${rest.length} other kinds | ${rest.reduce((n, k) => n + k.files, 0)} | ${mb(rest.reduce((n, k) => n + k.bytes, 0))} |`,
          ]
        : []),
      `| **All** | **${x.measure!.files}** | **${mb(x.measure!.totalBytes)}** |`,
    );
  }
  return lines;
}

/** England and Wales, by the measured cost of a ward: about 7,000 wards in about 300 partnerships. */
export const ENGLAND_AND_WALES = { wards: 7000, partnerships: 300, runners: 20 } as const;

/**
 * "Beyond one machine, on paper": a cost per ward from the two largest runs (the marginal
 * cost of the extra wards) and a fixed cost from the smallest run, applied to one build of
 * England and Wales and to one build per partnership on a CI matrix.
 */
export function beyondOneMachine(runs: readonly RunResult[]): string[] {
  const done = runs.filter((x) => x.measure && x.wards > 0).sort((a, b) => a.wards - b.wards);
  const title = ['## Beyond one machine, on paper', ''];
  if (done.length < 2) return [...title, 'Needs two finished runs of different size to fit a cost per ward.'];
  const [lo, hi] = [done[done.length - 2]!, done[done.length - 1]!];
  // The cost per ward comes from the two largest runs; the fixed cost from the smallest run,
  // a real partnership-sized build when there is one, since a two-point fit on large runs
  // puts the fixed part anywhere from zero to double when their times vary by 10%.
  const base = done[0]!;
  const slope = (f: (m: BuildMeasure) => number) =>
    Math.max(0, (f(hi.measure!) - f(lo.measure!)) / (hi.wards - lo.wards));
  const fit = (f: (m: BuildMeasure) => number) => {
    const k = slope(f);
    return { perWard: k, fixed: Math.max(0, f(base.measure!) - k * base.wards) };
  };
  const time = fit((m) => m.seconds),
    cpu = fit((m) => m.cpuSeconds || m.seconds),
    mem = fit((m) => m.peakMemoryMb),
    size = fit((m) => m.distMb);
  const { wards, partnerships, runners } = ENGLAND_AND_WALES;
  const per = wards / partnerships;
  const at = (c: { perWard: number; fixed: number }, n: number) => c.fixed + c.perWard * n;
  const min = (s: number) => `${(s / 60).toFixed(1)} min`;
  const waves = Math.ceil(partnerships / runners);
  return [
    ...title,
    `Fitted on (${lo.id}) and (${hi.id}) for the cost per ward and on (${base.id}) for the fixed cost: each extra ward costs ${time.perWard.toFixed(3)} s of build time (${cpu.perWard.toFixed(3)} s of CPU), ${mem.perWard.toFixed(2)} MB of peak memory and ${size.perWard.toFixed(3)} MB of \`dist/\`, over a fixed ${time.fixed.toFixed(0)} s, ${mem.fixed.toFixed(0)} MB and ${size.fixed.toFixed(0)} MB. Build work that does not depend on the ward count (documents, directory, indicators) sits in the fixed part.`,
    '',
    '| Plan | Wall time | CPU time | Peak memory per machine | Output |',
    '|---|---:|---:|---:|---:|',
    `| One build of England and Wales (${wards.toLocaleString('en-GB')} wards) on one machine like this | ${min(at(time, wards))} | ${min(at(cpu, wards))} | ${(at(mem, wards) / 1024).toFixed(1)} GB | ${(at(size, wards) / 1024).toFixed(1)} GB |`,
    `| One build per partnership (${partnerships} × about ${per.toFixed(0)} wards), ${runners} runners side by side (${waves} waves) | ${min(waves * at(time, per))} | ${min(partnerships * at(cpu, per))} | ${(at(mem, per) / 1024).toFixed(1)} GB | ${((partnerships * at(size, per)) / 1024).toFixed(1)} GB in ${partnerships} sites |`,
    '',
    `Recommendation: one build per partnership on a CI matrix. Each partnership's site is about its own wards, so its build stays near the published borough's (${min(at(time, per))}) however many partnerships publish; a failure in one partnership's data stops only that site; the matrix scales by adding runners; and every build fits a standard runner's memory, where one national build would need ${(at(mem, wards) / 1024).toFixed(1)} GB and ${min(at(time, wards))} on one machine and would rebuild every site for any one change. The fixed cost is paid ${partnerships} times (${min(partnerships * time.fixed)} of runner time in all), which is the price of that isolation. A national or regional view is better served as its own build of one area (as all of London is here), not by merging partnerships into one site.`,
  ];
}

/** data.police.uk's volumes: about 6 million street records a year for the 43 forces of England and Wales. */
export const POLICEUK_VOLUME = { recordsPerYear: 6_000_000, forces: 43, years: 3 } as const;

/**
 * The import at England and Wales scale, from a measured police.uk run's rows per second:
 * reading every force's street files on one machine, and each partnership reading its own
 * force's files on a CI runner.
 */
export function policeUkVolumes(runs: readonly RunResult[]): string[] {
  const measured = runs.filter((x) => x.import).sort((a, b) => a.wards - b.wards);
  if (!measured.length) return [];
  // Placing costs more the more wards there are to search: one district's rate for a
  // partnership, the largest area's (at best) for a national import.
  const district = measured[0]!,
    widest = measured.at(-1)!;
  const { recordsPerYear, forces, years } = POLICEUK_VOLUME;
  const rate = (r: RunResult) => r.import!.rowsPerSecond;
  const all = recordsPerYear * years;
  const force = all / forces;
  const min = (s: number) => `${(s / 60).toFixed(1)} min`;
  const { partnerships, runners } = ENGLAND_AND_WALES;
  return [
    '',
    "### data.police.uk's volumes",
    '',
    `The street-file import read ${district.import!.records.toLocaleString('en-GB')} records at ${rate(district).toLocaleString('en-GB')} rows a second placing them in ${district.wards} wards (${district.id}), and at ${rate(widest).toLocaleString('en-GB')} in ${widest.wards} (${widest.id}): placing is the costly part, and it grows with the wards to search. It streams the files and holds counts, never rows: its peak memory (${district.import!.peakMemoryMb.toFixed(0)} to ${widest.import!.peakMemoryMb.toFixed(0)} MB) is the lookups and boundaries it reads, not the records. data.police.uk publishes about ${(recordsPerYear / 1e6).toFixed(0)} million records a year for the ${forces} forces of England and Wales; ${years} years, as here, are ${(all / 1e6).toFixed(0)} million.`,
    '',
    '| Plan | Records read | Import time |',
    '|---|---:|---:|',
    `| Every force's files on one machine like this (${years} years), at (${widest.id})'s rate at best | ${(all / 1e6).toFixed(0)} million | ${min(all / rate(widest))} or more |`,
    `| One partnership: its own force's files (about ${(force / 1e3).toFixed(0)} thousand records in ${years} years), at (${district.id})'s rate | ${(force / 1e3).toFixed(0)} thousand | ${(force / rate(district)).toFixed(0)} s |`,
    `| Every partnership (${partnerships}), each reading its force's files, ${runners} runners side by side | ${((partnerships * force) / 1e6).toFixed(0)} million | ${min((Math.ceil(partnerships / runners) * force) / rate(district))} |`,
    '',
    "One machine can import all of England and Wales's street files in about the time above with little memory, since the import streams and keeps only counts (placing against every ward of the country was not measured: the index finds a point's few candidate wards whatever their number, but the country's wards are more detailed than one force's, so allow more); what it cannot do is build one site of every ward (the table above). A CI matrix takes over at the build, and there the import comes with it: each partnership imports its own force's files (a partnership in a large force reads the whole force's files, so the import is paid once per partnership, not once per force) and builds its own wards.",
  ];
}
