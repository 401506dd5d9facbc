/**
 * Colours for choropleth classes: ColorBrewer's YlGnBu sequential scheme (colour-blind
 * safe, and ordered light to dark so it also reads in greyscale), with the variant for
 * the number of classes actually used, and a hatched "no data" style.
 */
import type { Classification } from './classify';

/** YlGnBu by number of classes (ColorBrewer; 1 and 2 are picked from the 3-class scheme). */
export const PALETTES: Readonly<Record<number, readonly string[]>> = {
  1: ['#7fcdbb'],
  2: ['#edf8b1', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
};

/** Pattern id of the "no data" hatching, defined once in each map. */
export const NO_DATA_PATTERN = 'ward-map-no-data';
/** Fill for a ward with no figure: grey hatching, never a palette colour. */
export const NO_DATA_FILL = `url(#${NO_DATA_PATTERN})`;

/** The fill for a class index, given how many classes the classification has. */
export function classFill(index: number | null, classes: number): string {
  if (index === null) return NO_DATA_FILL;
  const palette = PALETTES[Math.min(5, Math.max(1, classes))]!;
  const colour = palette[index];
  if (!colour) throw new Error(`class ${index} is outside a ${classes}-class palette`);
  return colour;
}

/** The fill of a value under a classification. */
export function fillFor(value: number | null, c: Classification): string {
  return classFill(c.classOf(value), c.thresholds.length + 1);
}

/** SVG <defs> for the "no data" hatching. */
export function noDataDefs(): string {
  return `<defs><pattern id="${NO_DATA_PATTERN}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#eef1f4"/><line x1="0" y1="0" x2="0" y2="8" stroke="#4a5562" stroke-width="2"/></pattern></defs>`;
}
