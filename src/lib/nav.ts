/**
 * The site's main sections, in header order. Each capability adds its section here once.
 * Links to a section switched off in content/site.json are left out, so nothing links
 * to pages that are not built.
 */
import type { SectionId, SiteConfig } from '../schemas/site';
import { siteConfig } from './site';

export interface NavItem {
  href: string;
  label: string;
  /** The section the link leads into; links without one are always shown. */
  section?: SectionId;
}

/** Every main link, whichever sections are on. */
export const allMainNav: readonly NavItem[] = [
  { href: '/', label: 'Performance', section: 'performance' },
  { href: '/wards/', label: 'Wards', section: 'wards' },
  { href: '/directory/', label: 'Directory', section: 'directory' },
  { href: '/data/', label: 'Open data' },
  { href: '/strategies/', label: 'Strategies', section: 'strategies' },
  { href: '/search/', label: 'Search' },
  { href: '/help/', label: 'Get help now' },
];

/** The links whose section is on in `site` (or that belong to no section). */
export function forSections(items: readonly NavItem[], site: Pick<SiteConfig, 'sections'>): NavItem[] {
  return items.filter((i) => i.section === undefined || site.sections[i.section]);
}

/** The header's links for this portal. */
export const mainNav: NavItem[] = forSections(allMainNav, siteConfig());

/** Links every page's footer carries. */
export const footerNav: NavItem[] = [
  { href: '/about/', label: 'About the data' },
  { href: '/accessibility/', label: 'Accessibility statement' },
];

/** Whether a nav item is the current section, for `aria-current`. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return item.href === '/' ? pathname === '/' || pathname.startsWith('/indicators/') : pathname.startsWith(item.href);
}

/** The questions people come with, linked from the top of the home page (those whose section is on). */
export const homeTasks: NavItem[] = forSections(
  [
    { href: '/wards/', label: 'What is happening in my ward?', section: 'wards' },
    { href: '/directory/', label: 'Find a programme for a young person', section: 'directory' },
    { href: '/strategies/', label: 'What has the partnership committed to?', section: 'strategies' },
    { href: '/data/', label: 'Download the data' },
  ],
  siteConfig(),
);
