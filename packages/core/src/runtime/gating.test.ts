// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../messages/en';
import { memoryStorage } from '../storage';
import { createConsentStore } from '../store';
import { shopPolicy } from '../test/browser/shop-policy';
import { onConsent, startGating } from './gating';
import { embedPlaceholders as placeholders } from './placeholder';

const newStore = () => createConsentStore({ policy: shopPolicy, storage: memoryStorage(), signals: {} });
// Inline scripts run in jsdom's own global, so they leave their mark in the shared DOM.
const push = (mark: string) => `document.body.dataset.log = (document.body.dataset.log || '') + ' ${mark}'`;
const log = () => (document.body.dataset.log ?? '').split(' ').filter(Boolean);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const stops: Array<() => void> = [];
const gate = (...args: Parameters<typeof startGating>) => {
  const stop = startGating(...args);
  stops.push(stop);
  return stop;
};

beforeEach(() => {
  delete document.body.dataset.log;
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.innerHTML = '';
});

describe('script gating (C1, C23)', () => {
  it('C1: runs nothing before consent, then each allowed script once, in document order', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="statistics">${push('one')}</script>
      <script type="text/plain" data-category="marketing">${push('ads')}</script>
      <script type="text/plain" data-service="shop-analytics">${push('two')}</script>
      <script type="text/plain" data-category="unknown">${push('unknown')}</script>
      <script type="text/plain">${push('not-ours')}</script>`;
    const store = newStore();
    gate(store);
    await flush();
    expect(log()).toEqual([]);
    store.save({ categories: { statistics: true } });
    await flush();
    expect(log()).toEqual(['one', 'two']);
    store.save({ categories: { statistics: true }, services: { 'shop-analytics': true } });
    store.acceptAll();
    await flush();
    expect(log()).toEqual(['one', 'two', 'ads']);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(2);
  });

  it('waits for an ordered external script before running the next one', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="statistics">${push('before')}</script>
      <script type="text/plain" data-category="statistics" data-src="/stats.js"></script>
      <script type="text/plain" data-category="statistics">${push('after')}</script>`;
    const store = newStore();
    store.acceptAll();
    gate(store);
    await flush();
    expect(log()).toEqual(['before']);
    const external = document.querySelector<HTMLScriptElement>('script[src="/stats.js"]')!;
    expect(external.hasAttribute('async')).toBe(false);
    external.dispatchEvent(new Event('load'));
    await flush();
    expect(log()).toEqual(['before', 'after']);
  });

  it('C23: keeps nonce, async, defer, module type and other attributes on a fresh element', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="statistics" data-src="/a.js" nonce="abc" async id="a" crossorigin="anonymous"></script>
      <script type="text/plain" data-category="statistics" data-type="module" src="/m.js" defer></script>`;
    const store = newStore();
    store.acceptAll();
    gate(store, { nonce: 'fallback' });
    await flush();
    const a = document.getElementById('a') as HTMLScriptElement;
    expect(a.getAttribute('type')).toBeNull();
    expect(a.src).toMatch(/\/a\.js$/);
    expect(a.hasAttribute('async')).toBe(true);
    expect(a.nonce || a.getAttribute('nonce')).toBe('abc');
    expect(a.crossOrigin).toBe('anonymous');
    expect(a.dataset.category).toBe('statistics');
    // The async one is not awaited, so the module follows at once.
    const m = document.querySelector<HTMLScriptElement>('script[src="/m.js"]')!;
    expect(m.type).toBe('module');
    expect(m.hasAttribute('defer')).toBe(true);
    expect(m.hasAttribute('async')).toBe(false);
    expect(m.nonce || m.getAttribute('nonce')).toBe('fallback');
  });

  it('handles scripts added later, and stops when asked', async () => {
    const store = newStore();
    const stop = gate(store);
    store.save({ categories: { statistics: true } });
    const add = (category: string, text: string) => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.category = category;
      s.text = push(text);
      const wrapper = document.createElement('div');
      wrapper.append(s);
      document.body.append(wrapper);
    };
    add('statistics', 'late');
    add('marketing', 'late-ads');
    await flush();
    expect(log()).toEqual(['late']);
    stop();
    add('statistics', 'after-stop');
    store.acceptAll();
    await flush();
    expect(log()).toEqual(['late']);
  });

  it('skips a queued script that was removed before its turn', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-category="statistics" data-src="/slow.js"></script>
      <script type="text/plain" data-category="statistics" id="gone">${push('gone')}</script>
      <script type="text/plain" data-category="statistics">${push('kept')}</script>`;
    const store = newStore();
    store.acceptAll();
    gate(store);
    await flush();
    document.getElementById('gone')!.remove();
    document.querySelector('script[src="/slow.js"]')!.dispatchEvent(new Event('error'));
    await flush();
    expect(log()).toEqual(['kept']);
  });
});

describe('embed gating and placeholders (C1)', () => {
  it('C1: keeps an iframe empty behind an accessible placeholder until its service is allowed', async () => {
    document.body.innerHTML = `<iframe data-service="video-embed" data-src="https://player.example/v/1" title="Video"></iframe>`;
    const store = newStore();
    const onAllow = vi.fn((id: string) => store.save({ services: { [id]: true } }));
    gate(store, { placeholders, onAllow });
    const frame = document.querySelector('iframe')!;
    expect([frame.hasAttribute('src'), frame.hidden]).toEqual([false, true]);
    const box = frame.previousElementSibling as HTMLElement;
    expect(box.outerHTML).toBe(
      '<div class="ck-placeholder" role="region" aria-label="Blocked content: StreamTube">' +
        '<p class="ck-placeholder__text">This content from StreamTube (video-embed) is blocked until you allow it.</p>' +
        '<button type="button" class="ck-button" data-action="allow-service" data-service="video-embed">Allow StreamTube</button></div>',
    );
    box.querySelector('button')!.click();
    expect(onAllow).toHaveBeenCalledWith('video-embed', 'service');
    expect([frame.getAttribute('src'), frame.hidden]).toEqual(['https://player.example/v/1', false]);
    expect(document.querySelector('.ck-placeholder')).toBeNull();

    store.withdraw();
    expect([frame.hasAttribute('src'), frame.hidden]).toEqual([false, true]);
    expect(document.querySelectorAll('.ck-placeholder')).toHaveLength(1);
    store.save({ services: { 'video-embed': true } });
    store.save({ services: { 'video-embed': true } });
    expect(document.querySelectorAll('.ck-placeholder')).toHaveLength(0);
  });

  it('C1: without placeholders a blocked embed stays empty and in place, with no box, until allowed', () => {
    document.body.innerHTML = `<iframe data-service="video-embed" data-src="https://player.example/v/1" src="https://player.example/v/1" title="Video"></iframe>`;
    const store = newStore();
    gate(store, { onAllow: vi.fn() });
    const frame = document.querySelector('iframe')!;
    expect([frame.hasAttribute('src'), frame.hidden, document.body.children.length]).toEqual([false, false, 1]);
    store.save({ services: { 'video-embed': true } });
    expect(frame.getAttribute('src')).toBe('https://player.example/v/1');
    store.withdraw();
    expect([frame.hasAttribute('src'), frame.hidden, document.body.children.length]).toEqual([false, false, 1]);
  });

  it('names a category-gated image by its localized label; no button without onAllow; other data-src untouched', () => {
    document.body.innerHTML = `
      <img data-category="statistics" data-src="/pixel.gif" alt="">
      <img data-src="/lazy.jpg" alt="lazy">`;
    const fr = { ...en, lang: 'fr', placeholder: { ...en.placeholder, label: 'Contenu bloqué : {service}' } };
    gate(newStore(), { placeholders, messages: fr });
    const box = document.querySelector('.ck-placeholder')!;
    expect(box.getAttribute('aria-label')).toBe('Contenu bloqué : Statistiques');
    expect(box.textContent).toContain('Statistiques (statistics)');
    expect(box.querySelector('button')).toBeNull();
    expect(document.querySelectorAll('.ck-placeholder')).toHaveLength(1);
  });

  it('uses data-category on the allow button of a category-gated element, and escapes nothing into HTML (C24)', () => {
    document.body.innerHTML = `<iframe data-category="marketing" data-src="/x" title="x"></iframe>`;
    const evil = { ...en, placeholder: { label: '<u>{service}</u>', text: '<b>{provider}</b>', allow: '<i>{service}</i>' } };
    const onAllow = vi.fn();
    gate(newStore(), { placeholders, messages: evil, onAllow });
    const button = document.querySelector('.ck-placeholder button')!;
    expect(button.getAttribute('data-category')).toBe('marketing');
    expect(button.textContent).toBe('<i>Marketing</i>');
    expect(document.querySelector('.ck-placeholder b, .ck-placeholder i')).toBeNull();
    (button as HTMLButtonElement).click();
    expect(onAllow).toHaveBeenCalledWith('marketing', 'category');
  });
});

describe('onConsent', () => {
  it('runs when granted, undoes on revocation, runs again on a new grant, and undoes on unsubscribe', () => {
    const store = newStore();
    const calls: string[] = [];
    const off = onConsent(store, 'statistics', () => {
      calls.push('run');
      return () => calls.push('undo');
    });
    expect(calls).toEqual([]);
    store.save({ categories: { statistics: true } });
    store.acceptAll();
    expect(calls).toEqual(['run']);
    store.withdraw();
    expect(calls).toEqual(['run', 'undo']);
    store.acceptAll();
    expect(calls).toEqual(['run', 'undo', 'run']);
    off();
    expect(calls).toEqual(['run', 'undo', 'run', 'undo']);
    store.withdraw();
    store.acceptAll();
    expect(calls).toHaveLength(4);
  });

  it('runs at once when already allowed, per service, and accepts a run without cleanup', () => {
    const store = newStore();
    store.save({ services: { 'video-embed': true } });
    const run = vi.fn();
    const off = onConsent(store, 'video-embed', run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(() => store.withdraw()).not.toThrow();
    expect(() => off()).not.toThrow();
    expect(onConsent(store, 'marketing', run)).toBeTypeOf('function');
    expect(run).toHaveBeenCalledTimes(1);
  });
});
