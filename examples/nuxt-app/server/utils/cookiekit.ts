import { createCookieKit, memorySink } from '@cookiekit/server';
import { policy } from 'example-policy';

/**
 * The shop's server kit, one per server process. `memorySink()` keeps the proof of consent in
 * memory for the example; a real site passes `@cookiekit/consent-log` here.
 */
export const consentKit = createCookieKit({ policy, consentApi: { sink: memorySink() } });
