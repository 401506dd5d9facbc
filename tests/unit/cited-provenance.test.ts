import { describe, expect, it } from 'vitest';
import { citedProvenance, type Provenance } from '../../src/lib/catalogue/datapackage';

// A synthetic fixture: ward populations from two copies of a census table (one transcribed
// by hand for some boroughs), and a KPI table whose listed sources its rows do not all cite.
const source = (source_id: string) => ({ source_id, title: source_id, publisher: 'p', url: null, licence: 'l' });
const prov: Provenance = {
  sources: [source('census-copied'), source('census-transcribed'), source('minutes'), source('review')],
  tableSources: [
    { resource: 'ward-population', source_id: 'census-copied', caveat: null },
    { resource: 'ward-population', source_id: 'census-transcribed', caveat: 'transcribed by hand' },
    { resource: 'kpi-indicators', source_id: 'minutes', caveat: null },
    { resource: 'kpi-indicators', source_id: 'review', caveat: null },
  ],
};
const tables = [{ name: 'ward-population', sourcesFromRows: true }, { name: 'kpi-indicators' }];

describe('citedProvenance', () => {
  it('describes a table whose rows name their source by the sources they cite, and leaves out a source then cited nowhere', () => {
    const rows = { 'ward-population': [{ source_id: 'census-copied' }], 'kpi-indicators': [{ source_id: 'review' }] };
    const cited = citedProvenance(prov, tables, (t) => rows[t.name as keyof typeof rows]);
    expect(cited.tableSources.map((t) => `${t.resource} ${t.source_id}`)).toEqual([
      'ward-population census-copied',
      // A table without the flag keeps every source listed for it, cited by its rows or not.
      'kpi-indicators minutes',
      'kpi-indicators review',
    ]);
    expect(cited.sources.map((s) => s.source_id)).toEqual(['census-copied', 'minutes', 'review']);
  });

  it('keeps both sources, and the caveat, where rows cite each', () => {
    const rows = [{ source_id: 'census-copied' }, { source_id: 'census-transcribed' }];
    const cited = citedProvenance(prov, tables, (t) => (t.name === 'ward-population' ? rows : []));
    expect(cited.tableSources.filter((t) => t.resource === 'ward-population')).toEqual(
      prov.tableSources.filter((t) => t.resource === 'ward-population'),
    );
    expect(cited.sources).toEqual(prov.sources);
  });
});
