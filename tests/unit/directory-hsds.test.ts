/**
 * The HSDS export validates against the Open Referral HSDS 3.0 JSON Schemas, in the form
 * it claims to be (a service package), with a real validator (ajv, draft 2020-12, with
 * formats). The schemas are read from ../shared/standards/hsds-3.0 beside the repository.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { loadDirectory } from '../../src/lib/directory';
import { HSDS_PROFILE, hsdsPackage } from '../../src/lib/directory/hsds';
import { directoryUuid, uuidV5 } from '../../src/lib/directory/uuid';
import { loadTable } from '../../src/core/load';
import { sourcesTable } from '../../src/schemas/sources';
import { directoryResources } from '../../src/schemas/directory';

const HSDS_DIR = resolve(process.env.HSDS_SCHEMA_DIR ?? '../shared/standards/hsds-3.0');
const entries = loadDirectory();
const sources = loadTable(sourcesTable);
const published = JSON.parse(readFileSync(join('data', directoryResources[0].path), 'utf8')) as Array<
  Record<string, any>
>;

/** The compiled schema the export claims to follow; fails with instructions if the folder is missing. */
function claimedSchema(): object {
  const file = join(HSDS_DIR, HSDS_PROFILE.schema);
  if (!existsSync(file)) {
    throw new Error(
      `HSDS 3.0 schema not found at ${file}: the tests read the Open Referral schemas from ../shared/standards/hsds-3.0 beside the repository (or set HSDS_SCHEMA_DIR)`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

let validate: ValidateFunction;
// The compiled package schema is 2.4 MB: compile it once.
beforeAll(() => {
  // strict: false because the compiled schemas carry Open Referral's own annotations (constraints, example, core…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(claimedSchema());
}, 120_000);

describe('HSDS 3.0 export', () => {
  it('validates against the compiled service package schema', () => {
    const ok = validate(published);
    expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is the package the directory tables produce, one service per entry', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(hsdsPackage(entries, sources))));
    expect(published).toHaveLength(entries.length);
  });

  it('fails validation when a required field is missing or an identifier is not a UUID', () => {
    const noName = structuredClone(published);
    delete noName[0]!.name;
    expect(validate(noName)).toBe(false);
    expect(validate.errors?.map((e) => e.message).join('; ')).toContain("must have required property 'name'");
    const slugId = structuredClone(published);
    slugId[1]!.id = entries[1]!.service.service_id;
    expect(validate(slugId)).toBe(false);
    expect(validate.errors?.map((e) => e.message).join('; ')).toContain('must match format "uuid"');
  });

  it('has stable, unique UUIDs derived from the portal ids', { timeout: 30_000 }, () => {
    // The RFC 9562 example: version 5 of "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // The id of an entry, computed by another implementation (Python's uuid) from the
    // portal's namespace (a version 5 UUID of its URN in the RFC's URL namespace).
    const python = execFileSync(
      'python3',
      [
        '-c',
        "import uuid; ns = uuid.uuid5(uuid.NAMESPACE_URL, 'urn:community-safety-portal:directory'); print(uuid.uuid5(ns, 'service/chance-uk'))",
      ],
      { encoding: 'utf8' },
    ).trim();
    const chance = published.find((s) => s.name === 'Chance UK')!;
    expect(chance.id).toBe(python);
    expect(directoryUuid('service', 'chance-uk')).toBe(python);
    const ids = published.flatMap((s) => [
      s.id,
      ...s.service_areas.map((a: { id: string }) => a.id),
      ...s.attributes.map((a: { id: string }) => a.id),
      ...s.metadata.map((m: { id: string }) => m.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries ages, areas, taxonomy, the last-checked date and an alert for unchecked listings', () => {
    const e = entries.find((x) => x.service.service_id === 'chance-uk')!;
    const chance = published.find((s) => s.id === directoryUuid('service', 'chance-uk'))!;
    expect(chance).toMatchObject({
      status: 'inactive',
      minimum_age: e.service.minimum_age,
      maximum_age: e.service.maximum_age,
      assured_date: e.service.last_checked,
    });
    expect(chance.alert).toContain(e.service.last_checked_note);
    expect(chance.service_areas.map((a: { uri: string }) => a.uri)).toContain(
      'http://statistics.data.gov.uk/id/statistical-geography/E09000022',
    );
    expect(chance.attributes.map((a: { taxonomy_term: { code: string } }) => a.taxonomy_term.code)).toContain(
      'mentoring',
    );
    expect(
      chance.metadata.every((m: { last_action_date: string }) => m.last_action_date === e.service.last_checked),
    ).toBe(true);
  });

  it('names the specification, version and form in the dataset description', () => {
    expect(directoryResources[0].description).toContain('HSDS) 3.0 service package');
    expect(directoryResources[0].description).toContain(HSDS_PROFILE.schema);
  });
});
