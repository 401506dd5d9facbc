import { describe, expect, it } from 'vitest';
import { lineChart } from '../../src/charts/lineChart';
import { barChart } from '../../src/charts/barChart';
import { swatchSvg } from '../../src/charts/legend';
import { madeTwice } from '../helpers/same-output';
import { esc, splitPhone, textWidth } from '../../src/charts/svg';

const base = { id: 'c', title: 'Title <b>', desc: 'Desc & more', x: ['a', 'b', 'c'], yLabel: 'offences' };

describe('lineChart', () => {
  it('is an accessible SVG image with an escaped title and description', () => {
    const svg = lineChart([{ id: 's', label: 'S', points: [{ x: 'a', y: 1 }] }], base);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-svg-title c-svg-desc"/);
    expect(svg).toContain(
      '<title id="c-svg-title">Title &lt;b&gt;</title><desc id="c-svg-desc">Desc &amp; more</desc>',
    );
  });

  it('draws one point per figure and breaks the line at a missing value', () => {
    const svg = splitPhone(
      lineChart(
        [
          {
            id: 's',
            label: 'S',
            points: [
              { x: 'a', y: 10 },
              { x: 'b', y: null },
              { x: 'c', y: 30 },
            ],
          },
        ],
        base,
      ),
    ).wide;
    expect(svg.match(/<circle/g)).toHaveLength(2);
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(svg).not.toContain('S, b');
  });

  it('draws the line alone, without dots or hover labels, when dots are turned off', () => {
    const svg = lineChart(
      [
        {
          id: 's',
          label: 'S',
          points: [
            { x: 'a', y: 10 },
            { x: 'b', y: 20 },
          ],
        },
      ],
      { ...base, dots: false, phone: false },
    );
    expect(svg).not.toContain('<circle');
    expect(svg).not.toContain('S, a');
    expect(/<path d="M[^"]+L[^"]+"/.test(svg)).toBe(true);
  });

  it('draws the target line and labelled markers', () => {
    const svg = lineChart([{ id: 's', label: 'S', points: [{ x: 'a', y: 10 }] }], {
      ...base,
      target: { y: 8, label: 'Target 8' },
      markers: [{ x: 'b', label: 'New boundaries' }],
    });
    expect(svg).toContain('Target 8');
    expect(svg).toContain('New boundaries');
    expect(svg).toContain('class="marker"');
  });

  it('is the same markup every time for the same input, whenever it is drawn', () => {
    const series = [
      {
        id: 's',
        label: 'S',
        points: [
          { x: 'a', y: 1.23456 },
          { x: 'b', y: 2 },
        ],
      },
    ];
    const [first, again] = madeTwice(
      () => lineChart(series, base),
      () => lineChart([{ id: 't', label: 'T', points: [{ x: 'a', y: 5 }] }], { ...base, id: 'other' }),
    );
    expect(again).toBe(first);
  });
});

describe('barChart', () => {
  it('labels a missing value instead of drawing a zero bar', () => {
    const svg = splitPhone(
      barChart(
        [
          { label: 'A', value: 5 },
          { label: 'B', value: null },
        ],
        { id: 'b', title: 't', desc: 'd' },
      ),
    ).wide;
    expect(svg.match(/<rect/g)).toHaveLength(1);
    expect(svg).toContain('no figure');
  });
  it('draws the comparison bar as an outline beside the main bar', () => {
    const svg = barChart([{ label: 'A', value: 5, compare: 7 }], {
      id: 'b',
      title: 't',
      desc: 'd',
      seriesLabels: { value: 'now', compare: 'before' },
    });
    expect(svg).toContain('stroke="#D55E00"');
    expect(svg).toContain('A, before: 7');
  });
});

describe('legend swatches and escaping', () => {
  it('matches the series style by position', () => {
    expect(swatchSvg({ kind: 'series', index: 1 })).toContain('stroke-dasharray="6 3"');
    expect(swatchSvg({ kind: 'series', index: 0 })).toContain('aria-hidden="true"');
  });
  it('escapes markup in text so data never becomes markup', () => {
    expect(esc('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});

describe('phone layouts', () => {
  const months = Array.from(
    { length: 34 },
    (_, i) => `${2023 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`,
  );
  const label = (m: string) =>
    `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`;
  const series = [{ id: 's', label: 'S', points: months.map((x, i) => ({ x, y: 1000 + i * 37 })) }];
  const opts = {
    id: 'p',
    title: 't',
    desc: 'd',
    x: months,
    xLabel: label,
    xTickEvery: 6,
    yLabel: 'Offences',
    markers: [{ x: '2024-02', label: 'Feb 2024: categories changed' }],
  };

  it('a wide line chart carries a 320-wide phone layout with its own ids, every text at 12 px or more', () => {
    const { wide, phone } = splitPhone(lineChart(series, opts));
    expect(wide).toMatch(/^<svg [^>]*viewBox="0 0 720 320"/);
    expect(phone).toMatch(/^<svg [^>]*viewBox="0 0 320 260"[^>]*aria-labelledby="p-phone-svg-title p-phone-svg-desc"/);
    for (const size of [...phone!.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])))
      expect(size).toBeGreaterThanOrEqual(12);
    // The marker keeps only its date on a phone; the explanation is in the summary.
    expect(phone).toContain('>Feb 2024</text>');
    expect(phone).not.toContain('categories changed');
  });

  it('spaces x labels so they never overlap, at either width', () => {
    for (const svg of Object.values(splitPhone(lineChart(series, opts)))) {
      const axis = /<g class="axis x-axis"[^>]*>(.*?)<\/g>/.exec(svg!)![1]!;
      const xs = [...axis.matchAll(/<text x="([\d.]+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({
        x: Number(m[1]),
        w: textWidth(m[2]!, 12),
      }));
      expect(xs.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < xs.length; i++)
        expect(xs[i]!.x - xs[i - 1]!.x).toBeGreaterThanOrEqual((xs[i]!.w + xs[i - 1]!.w) / 2);
    }
  });

  it('a chart already phone-sized, or one that asks for none, has no phone layout', () => {
    expect(splitPhone(lineChart(series, { ...opts, width: 300 })).phone).toBeNull();
    expect(splitPhone(lineChart(series, { ...opts, phone: false })).phone).toBeNull();
  });

  it('a bar chart on a phone puts long labels on their own lines above the bars', () => {
    const { phone } = splitPhone(
      barChart([{ label: 'Miscellaneous crimes against society and other long names', value: 5, compare: 3 }], {
        id: 'b',
        title: 't',
        desc: 'd',
      }),
    );
    expect(phone).toMatch(/^<svg [^>]*viewBox="0 0 320 /);
    const lines = [...phone!.matchAll(/<text x="2" [^>]*font-size="13"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(316);
  });
});
