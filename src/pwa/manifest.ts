import type { ManifestOptions } from 'vite-plugin-pwa';

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
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};
