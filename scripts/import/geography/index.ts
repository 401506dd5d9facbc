/** The geography every family's counts are placed in: ward boundaries, borough names, populations and postcodes. */
import type { SourceFamily } from '../family';
import { main as wardBoundaries } from './ward-boundaries';
import { main as wardPopulation } from './ward-population';
import { main as boroughs } from './boroughs';
import { main as postcodes } from './postcodes';
import { main as onsWardBoundaries } from './ons-ward-boundaries';
import { main as lsoaWardPopulation } from './lsoa-population';

export const family: SourceFamily = {
  imports: {
    'ward-boundaries': { run: wardBoundaries },
    'ward-population': { run: wardPopulation, after: ['ward-boundaries'] },
    boroughs: { run: boroughs, after: ['ward-boundaries'] },
    postcodes: { run: postcodes, after: ['ward-boundaries', 'ons-ward-boundaries'] },
    // Outside London's files: ONS boundaries per district, and populations summed from small areas.
    'ons-ward-boundaries': { run: onsWardBoundaries },
    'lsoa-ward-population': { run: lsoaWardPopulation, after: ['ons-ward-boundaries'] },
  },
};
