/** Figures as this site builds them: what a section's lib knows, with the site's licence to fall back on. */
import { figureOf, type Figure, type FigureSpec } from '../charts/figure';
import { siteConfig } from './site';

/** A Figure for this site (see figureOf): sources that state no licence are published under the site's. */
export function figure(spec: FigureSpec): Figure {
  return figureOf(spec, siteConfig().licence);
}
