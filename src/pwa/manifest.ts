import { readFileSync } from 'node:fs';
import type { ManifestOptions } from 'vite-plugin-pwa';

// The scalable icon travels inside the manifest: a browser checking that the app can be
// installed reads it without a request of its own while the first page loads.
const svgIcon = `data:image/svg+xml,${encodeURIComponent(
  readFileSync(new URL('../../public/icons/icon.svg', import.meta.url), 'utf8').trim(),
)}`;

/** The web app manifest; the browser tests check these fields and icon sizes. */
export const manifest: Partial<ManifestOptions> = {
  name: 'インシデント対応ナビ',
  short_name: '対応ナビ',
  description:
    'IPA「中小企業のためのセキュリティインシデント対応の手引き」に沿って、インシデント対応の手順・記録・報告をオフラインで支援します。',
  lang: 'ja',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  id: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: '#1d4ed8',
  background_color: '#ffffff',
  categories: ['business', 'productivity', 'security'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: svgIcon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};
