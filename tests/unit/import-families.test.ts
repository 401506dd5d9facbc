/**
 * The imports are found by source family (one folder each under scripts/import/), and a
 * full run takes each import after those whose tables it reads.
 */
import { describe, expect, it } from 'vitest';
import { importOrder, loadFamilies } from '../../scripts/import/families';
import { sourceManifest } from '../../scripts/import/lib';
import type { SourceFamily } from '../../scripts/import/family';

const run = () => undefined;
const fam = (imports: SourceFamily['imports']): SourceFamily => ({ imports });

describe('source families', () => {
  it('finds every folder with an index.ts, and an import for every entry of content/sources.json', async () => {
    const families = await loadFamilies();
    expect(families.map((f) => f.id)).toEqual(['directory', 'geography', 'mopac', 'mps', 'policeuk', 'strategy']);
    const names = importOrder(families).map((i) => i.name);
    for (const name of Object.keys(sourceManifest().imports)) expect(names).toContain(name);
    // The ward list the others check their codes against is written first.
    for (const later of ['mps-ward-crime-2023-2026', 'ward-population', 'postcodes'])
      expect(names.indexOf('ward-boundaries')).toBeLessThan(names.indexOf(later));
  });

  it('orders by family and listing, each import after those it waits for', () => {
    const order = importOrder([
      { id: 'a', family: fam({ counts: { run, after: ['bounds'] }, other: { run } }) },
      { id: 'b', family: fam({ bounds: { run }, more: { run, after: ['counts'] } }) },
    ]);
    expect(order.map((i) => `${i.family}/${i.name}`)).toEqual(['a/other', 'b/bounds', 'a/counts', 'b/more']);
  });

  it('refuses a name in two families, an unknown import to wait for, and a cycle', () => {
    expect(() =>
      importOrder([
        { id: 'a', family: fam({ x: { run } }) },
        { id: 'b', family: fam({ x: { run } }) },
      ]),
    ).toThrow('the import "x" is in both scripts/import/a/ and b/');
    expect(() => importOrder([{ id: 'a', family: fam({ x: { run, after: ['y'] } }) }])).toThrow(
      'the import "x" waits for "y", which no family has',
    );
    expect(() =>
      importOrder([{ id: 'a', family: fam({ x: { run, after: ['y'] }, y: { run, after: ['x'] } }) }]),
    ).toThrow('the imports x, y wait for each other');
  });
});
