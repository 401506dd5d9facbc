/**
 * Licence labels that say only what the sources say, in the words data/meta/sources.csv
 * records. A source counts as published under the portal's open licence only when its
 * recorded licence starts with that licence's name; anything else (a document that states
 * no licence, or a copy that states none, recorded as "Not stated in the copy used; the
 * publisher's usual licence is …") makes the label "not stated", quoting what each source
 * records, and no licence address is claimed.
 */

/** The portal's open licence, as far as these labels need it. */
export interface OpenLicence {
  name: string;
  url: string;
}

/** A licence label: the words shown, and the licence's address (null when none is stated). */
export interface LicenceLabel {
  text: string;
  url: null | string;
}

/** A source's licence as sources.csv records it, with the title to name it by when sources differ. */
export interface SourceLicence {
  title: string;
  licence: string;
}

/** Whether a source's recorded licence is the open licence (its text starts with the licence's name). */
export function isOpenLicence(recorded: string, open: OpenLicence): boolean {
  return recorded.trim().startsWith(open.name);
}

/** The words that end a label for figures whose licence some source does not state. */
export const NOT_CLAIMED = 'No licence is claimed for these figures.';

/**
 * One label for figures drawn from several sources: the open licence only when every
 * source states it; otherwise each distinct recorded licence exactly as sources.csv has it
 * (after the source's title when the sources differ), and no licence is claimed.
 */
export function licenceLabel(sources: readonly SourceLicence[], open: OpenLicence): LicenceLabel {
  const texts = [...new Set(sources.map((s) => s.licence.trim()))];
  const join = (ts: string[]) => ts.map((t) => (t.endsWith('.') ? t : `${t}.`)).join(' ');
  if (texts.length > 0 && texts.every((t) => isOpenLicence(t, open))) return { text: join(texts), url: open.url };
  const named =
    texts.length === 1
      ? texts
      : texts.map((t) => {
          const which = [...new Set(sources.filter((s) => s.licence.trim() === t).map((s) => s.title))];
          return `${which.join('; ')}: ${t}`;
        });
  return { text: `${join(named)} ${NOT_CLAIMED}`, url: null };
}
