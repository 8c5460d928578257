import { describe, it, expect } from 'vitest';
import { isIosSafari } from './install';

describe('isIosSafari', () => {
  it('recognises Safari on iPhone, not Chrome on iPhone or Android', () => {
    const safari =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
    const chromeIos =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0 Mobile/15E148 Safari/604.1';
    const android =
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';
    expect(isIosSafari(safari)).toBe(true);
    expect(isIosSafari(chromeIos)).toBe(false);
    expect(isIosSafari(android)).toBe(false);
  });
});

describe('captureInstallPrompt', () => {
  it("takes up an install offer the page's loader kept before the app started", async () => {
    const { captureInstallPrompt } = await import('./install');
    const { useStore } = await import('../app/store');
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    (window as { incidentNaviInstallPrompt?: Event }).incidentNaviInstallPrompt = offer;
    captureInstallPrompt();
    expect(useStore.getState().installPrompt).toBe(offer);
    delete (window as { incidentNaviInstallPrompt?: Event }).incidentNaviInstallPrompt;
  });
});
