// `npm run serve` (and the second half of `npm start`): serve the built site locally.
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const { url } = await startStaticServer('dist', Number(process.env.PORT ?? 4321));
console.log(`\nThe portal is being served at ${url}\nPress Ctrl+C to stop.`);
