import { startGating, watchCleanup, type ConsentStore } from '@cookiekit/react';
import type { policy } from 'example-policy';

/** Where the shop is mounted (Vite's `base`), always ending in `/`. */
export const base = import.meta.env.BASE_URL;

/** Browser effects of the shop's kit: core's script gating and the cleanup of refused storage. */
export const effects: ReadonlyArray<(store: ConsentStore<typeof policy>) => () => void> = [
  (store) => startGating(store),
  (store) => watchCleanup(store),
];
