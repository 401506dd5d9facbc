/** The site's main sections, in header order. Each capability adds its section here once. */
export interface NavItem {
  href: string;
  label: string;
}

export const mainNav: NavItem[] = [
  { href: '/', label: 'Performance' },
  { href: '/wards/', label: 'Wards' },
  { href: '/directory/', label: 'Directory' },
  { href: '/data/', label: 'Open data' },
  { href: '/strategies/', label: 'Strategies' },
  { href: '/search/', label: 'Search' },
  { href: '/help/', label: 'Get help now' },
];

/** Links every page's footer carries. */
export const footerNav: NavItem[] = [
  { href: '/about/', label: 'About the data' },
  { href: '/accessibility/', label: 'Accessibility statement' },
];

/** Whether a nav item is the current section, for `aria-current`. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return item.href === '/' ? pathname === '/' || pathname.startsWith('/indicators/') : pathname.startsWith(item.href);
}

/** The questions people come with, linked from the top of the home page. */
export const homeTasks: NavItem[] = [
  { href: '/wards/', label: 'What is happening in my ward?' },
  { href: '/directory/', label: 'Find a programme for a young person' },
  { href: '/strategies/', label: 'What has the partnership committed to?' },
  { href: '/data/', label: 'Download the data' },
];
