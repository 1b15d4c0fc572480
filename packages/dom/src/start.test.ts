import { createCookieKit, type InitialConsent } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { policy } from 'example-policy';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConsentUi } from './render';
import { startCookieKit } from './start';

const initial: InitialConsent = { cookie: null, signals: {}, now: Date.now() };
const rows = (kit: ReturnType<typeof startCookieKit>['kit']) => kit.banner.getSnapshot().categories.flatMap((c) => c.services);
let stop = () => {};
afterEach(() => {
  stop();
  document.body.replaceChildren();
  document.cookie.split(';').forEach((c) => (document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`));
});

describe('startCookieKit: the service rows\' texts', () => {
  it('drawing with renderConsentUi: the model computes them and the preferences list each service\'s cookies', () => {
    const started = startCookieKit({ policy, initialConsent: initial, render: renderConsentUi });
    stop = started.stop;
    expect(rows(started.kit).every((s) => s.purposes !== '' && s.cookies.length > 0)).toBe(true);
    const tables = document.querySelectorAll('[data-cookiekit-ui] dialog [data-service] table');
    expect(tables.length).toBe(rows(started.kit).length);
  });

  it('attaching to the server\'s markup: the model leaves them out, the server\'s rows stay, the choices work', () => {
    const server = createCookieKit({ policy, initialConsent: initial }).banner.getServerSnapshot();
    document.body.innerHTML = `<div data-cookiekit-ui>${renderConsentHtml(server)}</div>`;
    const served = document.querySelector('[data-cookiekit-ui] dialog')!.innerHTML;
    const started = startCookieKit({ policy, initialConsent: initial });
    stop = started.stop;
    expect(rows(started.kit).every((s) => s.purposes === '' && s.cookies.length === 0)).toBe(true);
    expect(document.querySelector('[data-cookiekit-ui] dialog')!.innerHTML).toBe(served);
    (document.querySelector('[data-action="reject-all"]') as HTMLElement).click();
    expect(started.kit.store.getSnapshot().consent?.method).toBe('reject-all');
    expect(document.querySelector('[data-cookiekit-ui] section')).toBeNull();
  });
});
