// The visitor of the per-request harnesses (adapters.mjs, sockets.mjs): the same 438-byte
// Cookie header as `pnpm bench:server` (run.mjs), a returning visitor who allowed statistics
// (core's store writes the consent cookie), and one who refused them, for the check that the
// middleware really enforces.
import { consentCookieName, createConsentStore, memoryStorage } from '@cookiekit/core';
import { policy } from 'example-policy';

const name = consentCookieName(policy);
const consentValue = (categories) => {
  const storage = memoryStorage();
  createConsentStore({ policy, storage, signals: {} }).save({ categories });
  return storage.value;
};

/** A returning visitor's Cookie header: statistics allowed, marketing refused, the site's cookies and analytics cookies. */
export const COOKIE = [
  `${name}=${consentValue({ statistics: true, marketing: false })}`,
  'sessionid=k3v9x0q2m8w7e1r5t6y4u0i9o8p7a6s5',
  'csrftoken=Xq8vN2LmR4tY7uI0oP3aS6dF9gH1jK5lZ2xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1',
  'django_language=en',
  `_shop_stats=v1.7f3a9c2e1b4d6f80.${Date.now() - 86_400_000}`,
  `_shop_stats_ses1=${(Date.now() - 600_000).toString(36)}.3`,
  '_ga=GA1.1.1418453625.1732867200',
  '_ga_Q2W3E4R5T6=GS1.1.1732867200.4.1.1732869000.0.0.0',
].join('; ');

/** A visitor who refused statistics and marketing: `_shop_stats` must not leave. */
export const REFUSING = `${name}=${consentValue({ statistics: false, marketing: false })}`;
