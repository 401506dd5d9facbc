/**
 * Districts of the area that have no wards here because the ward crime files do not cover
 * them (the source manifest's "notCovered": the City of London in a London-wide portal).
 * The ward pages say so, so a missing district never reads as one without crime.
 */
import { contentDir, readConfigJson } from '../../core/config';
import { areaHasDistrict } from '../../core/areas';
import { siteConfig } from '../site';

/** The reasons given for the area's districts left out, in code order; empty when none is. */
export function districtsLeftOut(
  area: { code: string; districts?: readonly string[] } = siteConfig().area,
  dir = contentDir(),
): string[] {
  const manifest = readConfigJson('sources', { dir }) as { notCovered?: Record<string, string> } | undefined;
  const notCovered = manifest?.notCovered ?? {};
  return (
    Object.keys(notCovered)
      // An area named by a county or force-area code lists its districts: areaHasDistrict reads them.
      .filter((lad) => areaHasDistrict(area, lad))
      .sort()
      .map((lad) => notCovered[lad]!)
  );
}
