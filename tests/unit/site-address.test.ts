import { describe, expect, it } from 'vitest';
import {
  previewAddressProblem,
  publicAddressProblem,
  siteAddress,
  unpublishableMessage,
} from '../../src/lib/site-address';

describe('the site address', () => {
  it('refuses placeholder, local and non-https public addresses', () => {
    for (const url of [
      'https://safer-bromley-data.example.org',
      'https://example.com',
      'https://portal.test',
      'https://x.invalid',
      'https://placeholder.org.uk',
      'http://data.bromley.gov.uk',
      'https://127.0.0.1',
      'https://localhost:4321',
      'https://data.bromley.gov.uk/portal/',
      'not a url',
    ]) {
      expect(publicAddressProblem(url), url).not.toBeNull();
    }
  });

  it('accepts a real https address', () => {
    expect(publicAddressProblem('https://data.saferbromley.org.uk')).toBeNull();
    expect(publicAddressProblem('https://data.saferbromley.org.uk/')).toBeNull();
  });

  it('accepts only http loopback addresses as previews, so a preview never looks public', () => {
    for (const url of ['http://127.0.0.1:4321', 'http://localhost:8080/', 'http://[::1]:4321'])
      expect(previewAddressProblem(url), url).toBeNull();
    for (const url of [
      'https://127.0.0.1:4321',
      'http://data.bromley.gov.uk',
      'http://192.168.1.4:4321',
      'http://127.0.0.1:4321/site/',
    ])
      expect(previewAddressProblem(url), url).not.toBeNull();
  });

  it('builds with the preview address when one is set, else the configured one', () => {
    expect(siteAddress('https://x.example.org', 'http://127.0.0.1:4321/')).toEqual({
      url: 'http://127.0.0.1:4321',
      preview: true,
    });
    expect(siteAddress('https://data.saferbromley.org.uk', undefined)).toEqual({
      url: 'https://data.saferbromley.org.uk',
      preview: false,
    });
    expect(() => siteAddress('https://x.example.org', 'https://portal.example.org')).toThrow(
      /PORTAL_PREVIEW_URL=https:\/\/portal.example.org must be http:\/\/ on 127.0.0.1/,
    );
  });

  it('says which file and field to change, and how to preview instead', () => {
    const message = unpublishableMessage('content/site.json', 'https://safer-bromley-data.example.org');
    expect(message).toContain(
      'content/site.json, field url: "https://safer-bromley-data.example.org" is a placeholder (safer-bromley-data.example.org)',
    );
    expect(message).toContain('npm run build -- --preview');
    expect(unpublishableMessage('content/site.json', 'https://data.saferbromley.org.uk')).toBeNull();
  });
});
