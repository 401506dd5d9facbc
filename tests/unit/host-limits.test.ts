/** The static host check names what a host would refuse, and passes a site within every limit. */
import { describe, expect, it } from 'vitest';
import { hostLimitProblems, siteSize } from '../../scripts/lib/host-limits';

const MiB = 1024 * 1024;
const limits = { files: 4, fileBytes: 10 * MiB, totalBytes: 30_000_000 };

describe('hostLimitProblems', () => {
  it('passes a site within every limit', () => {
    const files = [
      { path: 'index.html', bytes: 2000 },
      { path: 'data/a.csv', bytes: 10 * MiB },
    ];
    expect(hostLimitProblems(files, limits)).toEqual([]);
  });

  it('names each file over the size limit, the largest first', () => {
    const files = [
      { path: 'data/small.csv', bytes: MiB },
      { path: 'data/big.csv', bytes: 11 * MiB },
      { path: 'data/bigger.csv', bytes: 12 * MiB },
    ];
    const problems = hostLimitProblems(files, limits);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('2 file(s) over 10.0 MiB: data/bigger.csv (12.0 MiB), data/big.csv (11.0 MiB)');
  });

  it('says where the files are when there are too many', () => {
    const files = ['a/E1/x.csv', 'a/E2/x.csv', 'a/E3/x.csv', 'b/y.html', 'index.html'].map((path) => ({
      path,
      bytes: 10,
    }));
    expect(hostLimitProblems(files, limits)).toEqual(['5 files, over 4; most are in /a/:x/ (3), /b/ (1), / (1)']);
  });

  it('names the largest files when the whole site is too large', () => {
    const files = [5, 9, 8, 9].map((n, i) => ({ path: `f${i}.csv`, bytes: n * MiB }));
    const problems = hostLimitProblems(files, limits);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      '32.5 MB in all, over 30 MB; the largest files are f1.csv (9.0 MiB), f3.csv (9.0 MiB), f2.csv (8.0 MiB), f0.csv (5.0 MiB)',
    );
  });

  it('counts files and bytes and lists the largest first', () => {
    const s = siteSize(
      [
        { path: 'a', bytes: 5 },
        { path: 'b', bytes: 7 },
      ],
      1,
    );
    expect(s).toEqual({ files: 2, totalBytes: 12, largest: [{ path: 'b', bytes: 7 }] });
  });
});
