/**
 * Every chart and map image the build writes (the standalone SVGs that the downloads, the
 * PNG tool and the embeds use), laid out by Chromium with the fonts it has: every <text>
 * lies inside its SVG's viewport (nothing clipped at the image edge) and no two labels of
 * an axis overlap.
 */
import { describe, expect, it } from 'vitest';
import { siteIndex } from '../helpers/site-index';
import { distFile } from '../helpers/dist';
import { useBrowser } from '../helpers/browser';

// Every drawn chart and map is on its page's embed page, showing its image, which
// scripts/chart-files.ts writes next to its CSV under the same name. (Other SVG files are
// icons and the ward shapes that map pages draw from.)
const images = siteIndex()
  .pages.map((p) => p.path)
  .filter((f) => f.startsWith('embed/'))
  .flatMap((f) =>
    [...distFile(f).matchAll(/<figure class="chart" id="[^"]+" data-svg-href="\/([^"]+)"/g)].map((m) => m[1]!),
  );

const session = useBrowser();

/** Checks a batch of SVG files in the page, returning one line per problem. */
async function checkImages(paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const text = await (await fetch(path)).text();
    const svg = document.importNode(
      new DOMParser().parseFromString(text, 'image/svg+xml').documentElement,
      true,
    ) as unknown as SVGSVGElement;
    document.body.append(svg);
    const tol = 0.5;
    const inside = (b: DOMRect, box: DOMRect) =>
      b.left >= box.left - tol && b.right <= box.right + tol && b.top >= box.top - tol && b.bottom <= box.bottom + tol;
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      const viewport = (t.ownerSVGElement ?? svg).getBoundingClientRect();
      if (!inside(b, viewport) || !inside(b, svg.getBoundingClientRect())) {
        problems.push(
          `${path}: "${t.textContent}" runs outside the image (${Math.round(b.left - viewport.left)},${Math.round(b.top - viewport.top)} ${Math.round(b.width)}×${Math.round(b.height)} in ${Math.round(viewport.width)}×${Math.round(viewport.height)})`,
        );
      }
    }
    // Tick labels overlap when their em boxes (font size tall, as wide as the text) meet;
    // the rotated axis title is not a tick label.
    for (const axis of svg.querySelectorAll('.axis')) {
      const labels = [...axis.querySelectorAll('text')]
        .filter((t) => !t.hasAttribute('transform'))
        .map((t) => {
          const b = t.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(t).fontSize);
          const mid = (b.top + b.bottom) / 2;
          return { t: t.textContent ?? '', left: b.left, right: b.right, top: mid - size / 2, bottom: mid + size / 2 };
        });
      for (let i = 0; i < labels.length; i += 1) {
        for (let j = i + 1; j < labels.length; j += 1) {
          const a = labels[i]!,
            c = labels[j]!;
          const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
          const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
          if (w > 0.5 && h > 0.5) problems.push(`${path}: axis labels "${a.t}" and "${c.t}" overlap`);
        }
      }
    }
    svg.remove();
  }
  return problems;
}

describe('exported chart and map images', () => {
  it('are written for every drawn chart and map on an embed page', () => {
    expect(images.length).toBeGreaterThan(0);
    const written = new Set(siteIndex().files.filter((f) => f.endsWith('.svg')));
    expect(images.filter((f) => !written.has(f))).toEqual([]);
  });

  it('keep every text inside the image, with no two axis labels overlapping', async () => {
    const { page, context } = await session.open('/404.html');
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>check</title></head><body></body></html>');
    const problems: string[] = [];
    for (let i = 0; i < images.length; i += 100) {
      problems.push(
        ...(await page.evaluate(
          checkImages,
          images.slice(i, i + 100).map((f) => `/${f}`),
        )),
      );
    }
    await context.close();
    expect(problems.slice(0, 40), `${problems.length} problems in ${images.length} images`).toEqual([]);
  }, 900_000);
});
