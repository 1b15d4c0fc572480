import type { PolicyPageMessages } from '@cookiekit/core/page';
import type { Language } from '@cookiekit/core/locales';

export declare const LANGUAGES: readonly Language[];
export declare const LANGUAGE_COOKIE: 'django_language';
/**
 * The language of a page request: `?lang=`, else the `django_language` cookie, else
 * `Accept-Language`, else the policy's default language, else English; always a shipped one.
 */
export declare function requestLanguage(request: {
  readonly url: string;
  readonly cookie?: string | undefined;
  readonly acceptLanguage?: string | undefined;
}): Language;
/** In the browser: the catalog (UI and policy page) the server rendered with, read from the page. */
export declare function pageMessages(): PolicyPageMessages | undefined;
