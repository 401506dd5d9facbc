/**
 * Generates the links of the strategy action rows, one row per link:
 * `data/strategy/action-indicators.csv` and `data/strategy/action-services.csv`. Run with
 * `npm run import -- strategy-links` after editing strategy/actions.csv; `npm run validate`
 * fails while they are out of date. Deterministic.
 */
import { writeDataFile } from '../lib';
import { clearTableCache, loadTable } from '../../../src/core/load';
import { actionsTable } from '../../../src/schemas/actions';
import { actionLinkFiles } from '../../../src/lib/strategy/action-links';

/** Writes both files from the current action rows. */
export function main(): void {
  clearTableCache();
  for (const { path, text } of actionLinkFiles(loadTable(actionsTable)))
    writeDataFile(path, text, `${text.trimEnd().split('\n').length - 1} links`);
}
