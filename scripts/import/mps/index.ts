/** The Metropolitan Police Service's London-wide files: borough crime, and ward crime on both ward sets. */
import type { SourceFamily } from '../family';
import { main as borough } from './borough';
import { main as wardCrimeOld } from './ward-crime-2020-2022';
import { main as wardCrimeNew } from './ward-crime-2023-2026';

export const family: SourceFamily = {
  imports: {
    'mps-borough': { run: borough },
    // Ward codes are checked against the ward list the boundaries give.
    'mps-ward-crime-2020-2022': { run: wardCrimeOld, after: ['ward-boundaries'] },
    'mps-ward-crime-2023-2026': { run: wardCrimeNew, after: ['ward-boundaries'] },
  },
};
