/**
 * The postcode box, when JavaScript runs (without it the form opens /postcodes/, the list
 * of outward codes, each with a page of its postcodes). The typed postcode is checked
 * here first: malformed input fetches nothing. A well-formed one fetches only its own
 * outward code's small file from this site; nothing is sent anywhere else. A postcode in
 * the area opens its ward's page.
 */
import { contextOf, lookupPostcode } from './postcode-fetch';

const LINK_TEXT: Record<string, string> = {
  ward: 'Open the ward page',
  terminated: 'Open the ward page',
  invalid: 'See the list',
  'not-found': 'Find your ward on the map',
};

function show(status: HTMLElement, answer: { kind: string; text: string; href?: string }): void {
  status.replaceChildren(answer.text);
  status.dataset.kind = answer.kind;
  const href = answer.href ?? (answer.kind === 'not-found' ? '/wards/#ward-map' : undefined);
  if (href) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = LINK_TEXT[answer.kind] ?? 'Open';
    status.append(' ', a);
  }
}

async function run(form: HTMLFormElement, status: HTMLElement, value: string): Promise<void> {
  try {
    const answer = await lookupPostcode(value, contextOf(form));
    show(status, answer);
    if (answer.kind === 'ward' && answer.href) location.assign(answer.href);
  } catch {
    status.replaceChildren(
      'The postcode list could not be loaded. Try again, or use the lists of postcodes and wards.',
    );
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-postcode-lookup]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="postcode"]');
  const status = document.getElementById(form.dataset.status ?? '');
  if (!input || !status) continue;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(form, status, input.value);
  });
  // /postcodes/?postcode=… (the form's own address without JavaScript) answers on arrival.
  const asked = new URLSearchParams(location.search).get('postcode');
  if (asked && form.dataset.answerQuery !== undefined) {
    input.value = asked;
    void run(form, status, asked);
  }
}
