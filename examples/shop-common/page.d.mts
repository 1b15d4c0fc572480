import type { BannerPlacement } from '@cookiekit/core';

/** A page of the shop. */
export type ShopPage = 'product' | 'policy' | 'not-found';

/** What the server puts into the page template. */
export interface RenderResult {
  /** The app's markup, for the app's root element. */
  readonly html: string;
  /** For `<head>`: the title, the serialized `initialConsent` and catalog the client hydrates with. */
  readonly head: string;
  /** 200, or 404 for an unknown path. */
  readonly status: number;
}

/** Which page of the shop `url` (path and query) is, for a shop mounted under `base`. */
export declare function route(url: string, base: string): ShopPage;

/**
 * The banner layout a page asks for with `?layout=` and `?position=` (core's `BANNER_LAYOUTS`:
 * `?layout=box&position=bottom-start`; a layout alone takes its default position). A layout or
 * position that core does not draw is refused: `undefined`, the default bar at the bottom.
 */
export declare function bannerLayout(url: string): BannerPlacement | undefined;

/** The `<head>` (title, serialized `initialConsent` and catalog) and the status a page is rendered with. */
export declare function pageFrame(page: ShopPage, initialConsent: unknown, messages?: unknown): Omit<RenderResult, 'html'>;
