/** The Mayor's Office for Policing and Crime's Public Attitude Survey, by London borough. */
import type { SourceFamily } from '../family';
import { main as pas } from './pas';

export const family: SourceFamily = {
  imports: {
    // Finds the area's borough by the name boroughs.csv gives it.
    'mopac-pas': { run: pas, after: ['boroughs'] },
  },
};
