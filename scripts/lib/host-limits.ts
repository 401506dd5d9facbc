/**
 * What a static host accepts, and how a built site measures against it. Shared by the
 * benchmark (which records a build's files, largest file and bytes) and the build test
 * that stops a site no host would take, so both count the same way.
 *
 * The limits are the tightest of the hosts such a site is usually published on:
 * Cloudflare Pages takes at most 20,000 files per deployment and 25 MiB per file; a site
 * served from a git repository (GitHub Pages) refuses files over 100 MB, and GitHub
 * recommends at most 1 GB for a site with its history, so a build is held to 400 MB to
 * leave room for that history.
 */
import { templateOf, type FileSize } from './built-site';
import { HOST_FILE_BYTES } from '../../src/lib/catalogue/parts';

/** The limits a site is checked against. */
export interface HostLimits {
  files: number;
  fileBytes: number;
  totalBytes: number;
}

export const HOST_LIMITS: HostLimits = {
  /** Files in one deployment (Cloudflare Pages). */
  files: 20_000,
  /** Bytes in one file (Cloudflare Pages: 25 MiB). */
  fileBytes: HOST_FILE_BYTES,
  /** Bytes in the whole site (400 MB). */
  totalBytes: 400_000_000,
};

/** A built site's size as a host sees it. */
export interface SiteSize {
  files: number;
  totalBytes: number;
  /** The largest files, largest first. */
  largest: FileSize[];
}

/** Counts a site's files and bytes and finds its `top` largest files. */
export function siteSize(files: readonly FileSize[], top = 5): SiteSize {
  const largest = [...files].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, top);
  return { files: files.length, totalBytes: files.reduce((n, f) => n + f.bytes, 0), largest };
}

/** Bytes in words for a person, in the units the hosts state their limits in. */
export function bytesLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** How many files are in each kind of folder (`/wards/:x/`: every ward's folder together). */
function filesByFolder(files: readonly FileSize[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files) {
    const folder = templateOf(`${f.path.split('/').slice(0, -1).join('/')}/`);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return counts;
}

/**
 * What stops a host taking the site, one sentence each, naming the largest offenders;
 * empty when every limit is met.
 */
export function hostLimitProblems(files: readonly FileSize[], limits: HostLimits = HOST_LIMITS): string[] {
  const problems: string[] = [];
  const over = files.filter((f) => f.bytes > limits.fileBytes).sort((a, b) => b.bytes - a.bytes);
  if (over.length)
    problems.push(
      `${over.length} file(s) over ${bytesLabel(limits.fileBytes)}: ${over
        .slice(0, 10)
        .map((f) => `${f.path} (${bytesLabel(f.bytes)})`)
        .join(', ')}${over.length > 10 ? ', …' : ''}`,
    );
  if (files.length > limits.files) {
    const most = [...filesByFolder(files)].sort((a, b) => b[1] - a[1]).slice(0, 5);
    problems.push(
      `${files.length.toLocaleString('en-GB')} files, over ${limits.files.toLocaleString('en-GB')}; most are in ${most
        .map(([folder, n]) => `${folder} (${n.toLocaleString('en-GB')})`)
        .join(', ')}`,
    );
  }
  const { totalBytes, largest } = siteSize(files);
  if (totalBytes > limits.totalBytes)
    problems.push(
      `${(totalBytes / 1e6).toFixed(1)} MB in all, over ${limits.totalBytes / 1e6} MB; the largest files are ${largest
        .map((f) => `${f.path} (${bytesLabel(f.bytes)})`)
        .join(', ')}`,
    );
  return problems;
}
