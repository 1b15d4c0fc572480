// Bundled by the browser tests into one IIFE and put on `window.cookiekit`, as a page using a
// script tag would have it. It imports the modules it needs rather than the whole index, so an
// unrelated module being edited cannot break these tests; add what your test needs, or write your
// own entry next to your test and bundle it with `bundleBrowserEntry`.
import { allowed, decide } from '../../decide';
import { en } from '../../messages/en';
import { cleanupRefused, cleanupRefusedStores, watchCleanup } from '../../runtime/cleanup';
import { onConsent, startGating } from '../../runtime/gating';
import { embedPlaceholders } from '../../runtime/placeholder';
import { cookieStorage, memoryStorage } from '../../storage';
import { createConsentStore } from '../../store';
import { shopPolicy } from './shop-policy';

const api = {
  allowed,
  decide,
  en,
  cleanupRefused,
  cleanupRefusedStores,
  watchCleanup,
  onConsent,
  startGating,
  embedPlaceholders,
  cookieStorage,
  memoryStorage,
  createConsentStore,
  shopPolicy,
};
(globalThis as unknown as { cookiekit: typeof api }).cookiekit = api;

export type BrowserCookieKit = typeof api;
