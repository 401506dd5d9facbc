/**
 * Looks a postcode up from the browser: checks it first (malformed input fetches
 * nothing), then fetches only its outward code's small file from this site.
 */
import { answerPostcode, parsePostcode, type PostcodeAnswer, type PostcodeFile } from '../lib/wards/postcode';

export interface LookupContext {
  /** Outward codes the site has a file for. */
  outwards: readonly string[];
  area: string;
  /** One of the area's own postcodes, for the examples in messages. */
  example: string;
}

/** The answer for what was typed; `invalid` when it is not a postcode (nothing fetched then). */
export async function lookupPostcode(
  input: string,
  ctx: LookupContext,
): Promise<PostcodeAnswer | { kind: 'invalid'; text: string; href?: string }> {
  const parsed = parsePostcode(input, ctx.example);
  if (!parsed.ok) {
    const outward = input.toUpperCase().replace(/\s+/g, '');
    return {
      kind: 'invalid',
      text: parsed.problem,
      href: ctx.outwards.includes(outward) ? `/postcodes/${outward}/` : undefined,
    };
  }
  let file: PostcodeFile | null = null;
  if (ctx.outwards.includes(parsed.outward)) {
    const res = await fetch(`/postcodes/${parsed.outward}.json`);
    if (!res.ok) throw new Error(`lookup file for ${parsed.outward}: ${res.status}`);
    file = (await res.json()) as PostcodeFile;
  }
  return answerPostcode(parsed.postcode, parsed.inward, parsed.outward, ctx.area, file);
}

/** The context a page gives, from the form's data attributes. */
export function contextOf(el: HTMLElement): LookupContext {
  return {
    outwards: (el.dataset.outwards ?? '').split(' ').filter(Boolean),
    area: el.dataset.area ?? '',
    example: el.dataset.example ?? '',
  };
}
