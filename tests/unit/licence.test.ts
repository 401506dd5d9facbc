/** Licence labels say what the sources record, word for word, and claim a licence only when every source states it. */
import { describe, expect, it } from 'vitest';
import { licenceLabel, NOT_CLAIMED } from '../../src/core/licence';

const OGL = { name: 'Open Government Licence v3.0', url: 'https://example.org/ogl' };
const NOT_IN_COPY =
  "Not stated in the copy used; the publisher's usual licence is the Open Government Licence v3.0 (London Datastore)";

describe('licence labels', () => {
  it('claims the open licence only when every source states it', () => {
    expect(licenceLabel([{ title: 'A', licence: 'Open Government Licence v3.0 (ONS census outputs)' }], OGL)).toEqual({
      text: 'Open Government Licence v3.0 (ONS census outputs).',
      url: OGL.url,
    });
  });

  it('quotes a copy that states no licence exactly, and claims none', () => {
    const label = licenceLabel([{ title: 'MPS ward crime', licence: NOT_IN_COPY }], OGL);
    expect(label).toEqual({ text: `${NOT_IN_COPY}. ${NOT_CLAIMED}`, url: null });
  });

  it('names each source when their licences differ', () => {
    const label = licenceLabel(
      [
        { title: 'Census 2011', licence: NOT_IN_COPY },
        { title: 'Census 2021', licence: 'Open Government Licence v3.0 (ONS census outputs)' },
      ],
      OGL,
    );
    expect(label.url).toBeNull();
    expect(label.text).toBe(
      `Census 2011: ${NOT_IN_COPY}. Census 2021: Open Government Licence v3.0 (ONS census outputs). ${NOT_CLAIMED}`,
    );
  });
});
