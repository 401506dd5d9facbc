/**
 * No personal data: every e-mail address and phone number in the built site must be
 * an organisational contact on the allowlist in content/contacts-allowlist.json.
 * The source documents contain officers' e-mail addresses and direct lines; this is
 * the gate that keeps them out.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distFiles } from '../helpers/dist';

const allow = JSON.parse(readFileSync('content/contacts-allowlist.json', 'utf8')) as {
  phones: string[];
  emails: string[];
};
/** A number as its national digits: `+44 (0)20 7946 0018` → `02079460018`. */
const digits = (s: string) => s.replace(/\D/g, '').replace(/^440?/, '0');
const allowedPhones = new Set(allow.phones.map(digits));
const allowedEmails = new Set(allow.emails.map((e) => e.toLowerCase()));

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// UK numbers: 0 or +44 followed by 9–10 more digits, allowing spaces, hyphens and brackets.
const PHONE = /(?<![\w/.-])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/-])/g;

/** The e-mail addresses and phone numbers in a text that are not on the allowlist. */
export function unlistedContacts(text: string): string[] {
  const emails = (text.match(EMAIL) ?? []).filter((e) => !allowedEmails.has(e.toLowerCase()));
  const phones = (text.match(PHONE) ?? []).filter((p) => {
    const d = digits(p);
    return d.length >= 10 && d.length <= 11 && !allowedPhones.has(d);
  });
  return [...emails, ...phones];
}

describe('personal data scan', () => {
  it('finds the kinds of contact detail it is meant to find', () => {
    expect(
      unlistedContacts(
        'Write to jane.doe@council.gov.uk or call 020 8313 4567, mobile 07700 900123, or +44 (0)20 7946 0018.',
      ),
    ).toEqual(['jane.doe@council.gov.uk', '020 8313 4567', '07700 900123', '+44 (0)20 7946 0018']);
    expect(unlistedContacts('E05000106 had 1234567 in 2012-06 and 20121015')).toEqual([]);
  });

  it('finds no e-mail address or phone number outside the allowlist in the built site', () => {
    const files = distFiles().filter(
      (f) => /\.(html|csv|json|svg|txt|xml|geojson|topojson)$/.test(f) && !f.startsWith('pagefind/'),
    );
    const found = files.flatMap((f) => unlistedContacts(readFileSync(join(DIST, f), 'utf8')).map((c) => `${f}: ${c}`));
    expect(files.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
