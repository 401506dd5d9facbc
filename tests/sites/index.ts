/** Every variant site the tests use (see ./site.ts for what one is and how to add one). */
import type { VariantSite } from './site';
import { secondArea } from './second-area';
import { boroughScale } from './borough-scale';
import { directoryOff } from './directory-off';
import { newDocument } from './new-document';
import { rebuild } from './rebuild';
import { directoryMarkup } from './directory-markup';
import { policeUkArea } from './policeuk-area';

/** In the order they are started: the longest first, so the last to finish is short. */
export const VARIANT_SITES: readonly VariantSite[] = [
  secondArea,
  boroughScale,
  policeUkArea,
  directoryOff,
  newDocument,
  rebuild,
  directoryMarkup,
];

export type SiteName =
  'second-area' | 'borough-scale' | 'policeuk-area' | 'directory-off' | 'new-document' | 'rebuild' | 'directory-markup';
