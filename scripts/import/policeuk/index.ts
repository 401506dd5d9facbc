/** data.police.uk's street-level records of crime and anti-social behaviour. */
import type { SourceFamily } from '../family';
import { main as wards } from './wards';
import { main as street } from './street';

export const family: SourceFamily = {
  imports: {
    'policeuk-wards': { run: wards, after: ['ward-boundaries'] },
    // The monthly street files, placed in the area's wards by each record's point.
    'policeuk-street': { run: street, after: ['ons-ward-boundaries'] },
  },
};
