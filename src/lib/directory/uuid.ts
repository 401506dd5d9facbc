/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1), so every object in the HSDS export
 * keeps the same identifier from build to build and anyone can recompute it from the
 * portal's own ids in `directory.csv`.
 */
import { createHash } from 'node:crypto';

/** The RFC 9562 namespace for URLs, under which the portal's directory namespace is named. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A version 5 UUID for `name` in `namespace` (itself a UUID). */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`uuidV5: namespace ${namespace} is not a UUID`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The namespace of every directory identifier: fixed, so identifiers never change. */
export const DIRECTORY_NAMESPACE = uuidV5('urn:community-safety-portal:directory', URL_NAMESPACE);

/**
 * The UUID of one directory object: `kind` is the HSDS object (service, organization,
 * service_area, phone, attribute, taxonomy, taxonomy_term, metadata) and `key` the portal's id for it.
 */
export const directoryUuid = (kind: string, key: string): string => uuidV5(`${kind}/${key}`, DIRECTORY_NAMESPACE);
