/**
 * One index of a built site, read by every whole-site check instead of each walking all
 * its pages: the path and size of every file, and each page's text, links and ids. The global setup
 * (tests/setup/sites.ts) writes dist/'s at the start of a run; a test reads it with
 * `siteIndex()`, or `siteIndex(root)` for a variant site, which is indexed on first use.
 * An index is stamped with the time the site's home page was written, so one left from an
 * earlier build is never read.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFileSizes, unescapeHtml, type FileSize } from '../../scripts/lib/built-site';
import { ids, links } from './html';

const DIST = 'dist';

/** One page of the site. */
export interface PageEntry {
  /** Its file, relative to the site's root: `wards/E05013991/index.html`. */
  path: string;
  /** Its text as a reader sees it: no scripts or styles, tags as spaces, entities decoded, spaces collapsed. */
  text: string;
  /** Every href and src, decoded. */
  links: string[];
  /** Every id. */
  ids: string[];
}

interface IndexFile {
  root: string;
  stamp: number;
  files: string[];
  /** Each file's size in bytes, in the order of `files`. */
  bytes: number[];
  pages: PageEntry[];
}

/** A built site, read once. */
export interface SiteIndex {
  root: string;
  /** Every file, relative to the root, sorted. */
  files: string[];
  /** Every file with its size, in the same order. */
  sizes: FileSize[];
  /** Every HTML page (Pagefind's own files included), sorted by path. */
  pages: PageEntry[];
  /** A page by its path, failing clearly when the build did not write it. */
  page(path: string): PageEntry;
}

/** A page's text as a reader sees it. */
export function pageText(html: string): string {
  return unescapeHtml(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the indexes are written. */
export const SITE_INDEX_DIR = join('.tmp', 'site-index');
const indexFile = (root: string) => join(SITE_INDEX_DIR, `${resolve(root).replace(/[^A-Za-z0-9]+/g, '_')}.json`);
/** When the site's home page was written: a new build writes a new one. */
const stampOf = (root: string) => statSync(join(root, 'index.html')).mtimeMs;

function makeIndex(root: string): IndexFile {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html not found: build the site first (npm run build -- --preview)`);
  const stamp = stampOf(root);
  const sized = listFileSizes(root);
  const files = sized.map((f) => f.path);
  const pages = files
    .filter((f) => f.endsWith('.html'))
    .map((path) => {
      const html = readFileSync(join(root, path), 'utf8');
      return { path, text: pageText(html), links: links(html), ids: [...ids(html)] };
    });
  return { root, stamp, files, bytes: sized.map((f) => f.bytes), pages };
}

function save(index: IndexFile): void {
  mkdirSync(SITE_INDEX_DIR, { recursive: true });
  const file = indexFile(index.root);
  // Written aside and renamed, so a reader never sees half an index.
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(index));
  renameSync(`${file}.${process.pid}`, file);
}

/** Indexes the site at `root` (dist/ by default) and writes the index for the tests to read. */
export function writeSiteIndex(root = DIST): void {
  save(makeIndex(root));
}

const loaded = new Map<string, SiteIndex>();

/** The index of the site at `root` (dist/ by default): the one written for this build, or made now. */
export function siteIndex(root = DIST): SiteIndex {
  const hit = loaded.get(root);
  if (hit) return hit;
  const file = indexFile(root);
  let index: IndexFile | undefined;
  if (existsSync(file)) {
    const read = JSON.parse(readFileSync(file, 'utf8')) as IndexFile;
    // An index written before sizes were recorded is made again.
    if (read.stamp === stampOf(root) && Array.isArray(read.bytes)) index = read;
  }
  if (!index) save((index = makeIndex(root)));
  const byPath = new Map(index.pages.map((p) => [p.path, p]));
  const bytes = index.bytes;
  const site: SiteIndex = {
    root,
    files: index.files,
    sizes: index.files.map((path, i) => ({ path, bytes: bytes[i]! })),
    pages: index.pages,
    page(path) {
      const page = byPath.get(path);
      if (!page) throw new Error(`${join(root, path)} was not built`);
      return page;
    },
  };
  loaded.set(root, site);
  return site;
}
