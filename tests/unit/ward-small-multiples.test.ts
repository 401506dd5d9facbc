import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../src/charts/smallMultiples';
import { lineChart } from '../../src/charts/lineChart';

const panel = (id: string, title: string) => ({
  title,
  svg: lineChart(
    [
      {
        id,
        label: title,
        points: [
          { x: '2024-01', y: 1 },
          { x: '2024-02', y: 3 },
        ],
      },
    ],
    {
      id,
      title,
      desc: 'd',
      x: ['2024-01', '2024-02'],
      yLabel: 'n',
      width: 300,
      height: 170,
      markers: [{ x: '2024-02', label: 'Feb 2024' }],
    },
  ),
});

describe('smallMultiples', () => {
  const svg = smallMultiples([panel('a', 'Arson'), panel('b', 'Burglary'), panel('c', 'Robbery')], {
    id: 'sm',
    title: 'By category',
    desc: 'Three charts',
    columns: 2,
    cellWidth: 300,
    chartHeight: 170,
  });

  it('is one accessible SVG image sized for the grid', () => {
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 600 384"[^>]*role="img"/);
    expect(svg).toContain('<title id="sm-svg-title">By category</title>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('places each panel in its cell under its title, keeping its markers', () => {
    expect(svg).toContain('<g transform="translate(0 22)">');
    expect(svg).toContain('<g transform="translate(300 22)">');
    expect(svg).toContain('<g transform="translate(0 214)">');
    expect(svg).toMatch(/<text x="308" y="16"[^>]*>Burglary<\/text>/);
    expect(svg.match(/Feb 2024/g)).toHaveLength(3);
  });
});
