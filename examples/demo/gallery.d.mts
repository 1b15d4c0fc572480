/** The themes of the gallery: `default` is styles.css alone. */
export declare const THEMES: readonly string[];
/** `light` and `dark`. */
export declare const SCHEMES: readonly string[];
/** `banner` and `preferences` (open). */
export declare const VIEWS: readonly string[];
/** Every layout with each of its positions, default position first. */
export declare const LAYOUTS: ReadonlyArray<{ readonly type: string; readonly position: string }>;
/** The path of one gallery frame. */
export declare function frameUrl(options?: {
  type?: string;
  position?: string;
  theme?: string;
  scheme?: string;
  view?: 'banner' | 'preferences';
}): string;
/** The request handler of /gallery/. */
export declare function createGallery(): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
