/**
 * The site's address. `content/site.json` `url` is the public address every canonical
 * link, citation, embed snippet, CSV on the Web file and the data package carry. A build
 * for looking at the site locally (`npm start`, `npm test`, the benchmark) sets
 * `PORTAL_PREVIEW_URL` to a loopback address instead, so nothing it writes can pass for
 * the public site; a production build (no preview address) refuses a placeholder.
 */

/** The environment variable that makes a build a local preview. */
export const PREVIEW_ENV = 'PORTAL_PREVIEW_URL';

/** The preview address `npm start` and `npm run build -- --preview` use unless told otherwise. */
export const DEFAULT_PREVIEW_URL = 'http://127.0.0.1:4321';

const PLACEHOLDER_HOSTS = /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost|local)$/i;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why `url` cannot be the public address (a placeholder, not https, a local host), or null when it can. */
export function publicAddressProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a web address';
  }
  if (u.protocol !== 'https:') return 'must start with https://';
  if (PLACEHOLDER_HOSTS.test(u.hostname) || /placeholder|your-domain|changeme/i.test(u.hostname))
    return `is a placeholder (${u.hostname}), not a real public address`;
  if (LOOPBACK_HOSTS.has(u.hostname) || /^\d+\.\d+\.\d+\.\d+$/.test(u.hostname))
    return 'is a local or numeric address, not a public one';
  if (u.pathname !== '/' || u.search || u.hash) return 'must be the bare address of the site (no path, query or #)';
  return null;
}

/** Why `url` cannot be a preview address (only http on a loopback host is), or null when it can. */
export function previewAddressProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a web address';
  }
  if (u.protocol !== 'http:' || !LOOPBACK_HOSTS.has(u.hostname))
    return 'must be http:// on 127.0.0.1, localhost or [::1], so it can never be mistaken for the public address';
  if (u.pathname !== '/' || u.search || u.hash) return 'must be a bare address (no path, query or #)';
  return null;
}

/** The address a build writes into its pages, and whether it is a local preview. */
export interface SiteAddress {
  url: string;
  preview: boolean;
}

/**
 * The address to build with: the preview address when one is given (checked to be a
 * loopback address), otherwise the configured one. Only `unpublishableMessage` refuses a
 * placeholder, so tools that never publish (imports, validation) can still read it.
 */
export function siteAddress(configured: string, preview: string | undefined): SiteAddress {
  if (preview) {
    const problem = previewAddressProblem(preview);
    if (problem) throw new Error(`${PREVIEW_ENV}=${preview} ${problem}.`);
    return { url: new URL(preview).origin, preview: true };
  }
  return { url: configured, preview: false };
}

/** The message a production build stops with when the configured address cannot be published, or null. */
export function unpublishableMessage(file: string, configured: string): string | null {
  const problem = publicAddressProblem(configured);
  if (!problem) return null;
  return [
    `${file}, field url: "${configured}" ${problem}.`,
    'A production build writes this address into every canonical link, citation, embed snippet and the data package,',
    'so it must be where the site will really be published. Set "url" in site.json to that https:// address, or',
    `build a local preview instead: npm start, or npm run build -- --preview (or set ${PREVIEW_ENV}=${DEFAULT_PREVIEW_URL}).`,
  ].join('\n');
}
