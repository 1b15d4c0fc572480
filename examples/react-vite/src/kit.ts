/** Where the shop is mounted (Vite's `base`), always ending in `/`. */
export const base = import.meta.env.BASE_URL;
