/**
 * First step of `npm run build`: a production build must carry the site's real public
 * address, so it stops here when content/site.json holds a placeholder. A preview build
 * (PORTAL_PREVIEW_URL, set by `--preview`, `npm start` and the tests) prints the local
 * address it uses instead.
 */
import { configuredSiteConfig, siteConfig, siteConfigFile } from '../src/lib/site';
import { unpublishableMessage } from '../src/lib/site-address';

try {
  const site = siteConfig();
  if (site.preview) {
    console.log(`preview build: pages carry ${site.url} (marked noindex), not the public address`);
  } else {
    const message = unpublishableMessage(siteConfigFile(), configuredSiteConfig().url);
    if (message) {
      console.error(message);
      process.exit(1);
    }
    console.log(`production build for ${site.url}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
