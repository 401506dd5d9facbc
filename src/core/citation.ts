/** Citation lines for charts and datasets: title, publisher, date, URL and licence. */

export interface Citation {
  title: string;
  publisher: string;
  /** ISO date the data was last updated. */
  date: string;
  url: string;
  licence: string;
  /** The original source the figures come from. */
  source?: string;
}

/** One line a journalist can paste: `Title. Publisher, 21 November 2026. URL. Licence. Source: …` */
export function citationText(c: Citation): string {
  const date = new Date(`${c.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${c.title}. ${c.publisher}, ${date}. ${c.url}. ${c.licence}.${c.source ? ` Source: ${c.source}.` : ''}`;
}

/** The path stem shared by a chart's downloads: `/indicators/x/published.csv` → `indicators/x/published`. */
export function chartKey(csvHref: string): string {
  return csvHref.replace(/^\//, '').replace(/\.csv$/, '');
}
