import { describe, expect, it } from 'vitest';
import { lineChart } from '../../src/charts/lineChart';
import { barChart } from '../../src/charts/barChart';
import { swatchSvg } from '../../src/charts/legend';
import { esc } from '../../src/charts/svg';

const base = { id: 'c', title: 'Title <b>', desc: 'Desc & more', x: ['a', 'b', 'c'], yLabel: 'offences' };

describe('lineChart', () => {
  it('is an accessible SVG image with an escaped title and description', () => {
    const svg = lineChart([{ id: 's', label: 'S', points: [{ x: 'a', y: 1 }] }], base);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-svg-title c-svg-desc"/);
    expect(svg).toContain('<title id="c-svg-title">Title &lt;b&gt;</title><desc id="c-svg-desc">Desc &amp; more</desc>');
  });

  it('draws one point per figure and breaks the line at a missing value', () => {
    const svg = lineChart([{ id: 's', label: 'S', points: [{ x: 'a', y: 10 }, { x: 'b', y: null }, { x: 'c', y: 30 }] }], base);
    expect(svg.match(/<circle/g)).toHaveLength(2);
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(svg).not.toContain('S, b');
  });

  it('draws the target line and labelled markers', () => {
    const svg = lineChart([{ id: 's', label: 'S', points: [{ x: 'a', y: 10 }] }], { ...base, target: { y: 8, label: 'Target 8' }, markers: [{ x: 'b', label: 'New boundaries' }] });
    expect(svg).toContain('Target 8');
    expect(svg).toContain('New boundaries');
    expect(svg).toContain('class="marker"');
  });

  it('is the same markup every time for the same input', () => {
    const series = [{ id: 's', label: 'S', points: [{ x: 'a', y: 1.23456 }, { x: 'b', y: 2 }] }];
    expect(lineChart(series, base)).toBe(lineChart(series, base));
  });
});

describe('barChart', () => {
  it('labels a missing value instead of drawing a zero bar', () => {
    const svg = barChart([{ label: 'A', value: 5 }, { label: 'B', value: null }], { id: 'b', title: 't', desc: 'd' });
    expect(svg.match(/<rect/g)).toHaveLength(1);
    expect(svg).toContain('no figure');
  });
  it('draws the comparison bar as an outline beside the main bar', () => {
    const svg = barChart([{ label: 'A', value: 5, compare: 7 }], { id: 'b', title: 't', desc: 'd', seriesLabels: { value: 'now', compare: 'before' } });
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
