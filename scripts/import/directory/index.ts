/** Not raw files: the directory's downloads, made from its own tables in data/directory/. */
import type { SourceFamily } from '../family';
import { main as exports } from './exports';

export const family: SourceFamily = {
  imports: {
    'directory-exports': { run: exports },
  },
};
