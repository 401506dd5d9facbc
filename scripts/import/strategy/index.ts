/** Not raw files: the strategy actions' links to indicators and services, made from the library's own actions table. */
import type { SourceFamily } from '../family';
import { main as links } from './links';

export const family: SourceFamily = {
  imports: {
    'strategy-links': { run: links },
  },
};
