/** data.police.uk's street-level records of crime and anti-social behaviour. */
import type { SourceFamily } from '../family';
import { main as wards } from './wards';

export const family: SourceFamily = {
  title: 'data.police.uk street-level crime and anti-social behaviour',
  imports: {
    'policeuk-wards': { run: wards, after: ['ward-boundaries'] },
  },
};
