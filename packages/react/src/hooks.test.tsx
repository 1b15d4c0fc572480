import { createCookieKit, memoryStorage } from '@cookiekit/core';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAllowed, useBanner, useConsent } from './hooks';
import { clearCookies, modes, policy, renderWithKit } from './test/utils';

afterEach(() => {
  cleanup();
  clearCookies();
});

const newKit = () => createCookieKit({ policy, storage: memoryStorage() });

describe.each(modes)('hooks (%s)', (_, wrap) => {
  it('useAllowed follows one id and re-renders only when its answer changes', () => {
    const kit = newKit();
    let renders = 0;
    function Stats() {
      renders++;
      return <p>{useAllowed('statistics') ? 'stats on' : 'stats off'}</p>;
    }
    renderWithKit(wrap, <Stats />, { kit });
    expect(screen.getByText('stats off')).toBeTruthy();
    const before = renders;
    act(() => void kit.store.save({ categories: { marketing: true } }));
    expect(renders).toBe(before);
    act(() => void kit.store.save({ categories: { statistics: true } }));
    expect(screen.getByText('stats on')).toBeTruthy();
    act(() => void kit.store.withdraw());
    expect(screen.getByText('stats off')).toBeTruthy();
  });

  it('useAllowed answers for a service too', () => {
    const kit = newKit();
    function Video() {
      return <p>{useAllowed('video-embed') ? 'video on' : 'video off'}</p>;
    }
    renderWithKit(wrap, <Video />, { kit });
    expect(screen.getByText('video off')).toBeTruthy();
    act(() => kit.banner.allowService('video-embed'));
    expect(screen.getByText('video on')).toBeTruthy();
  });

  it('useConsent gives the decision and actions that change it', () => {
    const kit = newKit();
    let api: ReturnType<typeof useConsent> | undefined;
    function Probe() {
      api = useConsent();
      return <p>{JSON.stringify(api.decision.categories)}</p>;
    }
    renderWithKit(wrap, <Probe />, { kit });
    expect(api!.decision.ask).toBe(true);
    expect(api!.allowed('marketing')).toBe(false);
    act(() => void api!.acceptAll());
    expect(api!.decision.ask).toBe(false);
    expect(api!.allowed('marketing')).toBe(true);
    expect(screen.getByText('{"necessary":true,"statistics":true,"marketing":true}')).toBeTruthy();
    act(() => void api!.withdraw());
    expect(api!.decision.consent?.method).toBe('withdraw');
    expect(api!.allowed('marketing')).toBe(false);
  });

  it('useBanner gives core\'s view model state and its actions', () => {
    const kit = newKit();
    let api: ReturnType<typeof useBanner> | undefined;
    function Probe() {
      api = useBanner();
      return <p>{api.state.view}</p>;
    }
    renderWithKit(wrap, <Probe />, { kit });
    expect(screen.getByText('banner')).toBeTruthy();
    act(() => api!.openPreferences());
    expect(screen.getByText('preferences')).toBeTruthy();
    act(() => api!.toggleCategory('statistics'));
    expect(api!.state.categories.find((c) => c.id === 'statistics')!.checked).toBe(true);
    act(() => api!.close());
    expect(screen.getByText('banner')).toBeTruthy();
    expect(kit.store.getSnapshot().ask).toBe(true);
  });

  it('useConsent(selector) re-renders only when the selected category changes', () => {
    const kit = newKit();
    let renders = 0;
    function Stats() {
      renders++;
      const on = useConsent((decision) => decision.categories.statistics);
      return <p>{on ? 'stats on' : 'stats off'}</p>;
    }
    renderWithKit(wrap, <Stats />, { kit });
    expect(screen.getByText('stats off')).toBeTruthy();
    const before = renders;
    // Another category changes: a new decision, the same selection, no render.
    act(() => void kit.store.save({ categories: { marketing: true } }));
    act(() => void kit.store.save({ categories: { marketing: false }, services: { 'video-embed': true } }));
    expect(renders).toBe(before);
    act(() => void kit.store.save({ categories: { statistics: true } }));
    expect(screen.getByText('stats on')).toBeTruthy();
    expect(renders).toBeGreaterThan(before);
  });

  it('useBanner(selector) re-renders only when the selected switch changes, not for another toggle', () => {
    const kit = newKit();
    let renders = 0;
    function StatsSwitch() {
      renders++;
      const checked = useBanner((state) => state.categories.find((c) => c.id === 'statistics')!.checked);
      return <p>{checked ? 'switch on' : 'switch off'}</p>;
    }
    renderWithKit(wrap, <StatsSwitch />, { kit });
    act(() => kit.banner.openPreferences());
    const before = renders;
    act(() => kit.banner.toggleCategory('marketing'));
    act(() => kit.banner.toggleService('video-embed'));
    act(() => kit.banner.toggleExpanded('statistics'));
    expect(renders).toBe(before);
    expect(screen.getByText('switch off')).toBeTruthy();
    act(() => kit.banner.toggleCategory('statistics'));
    expect(screen.getByText('switch on')).toBeTruthy();
    expect(renders).toBeGreaterThan(before);
  });

  it('a selector with an equality keeps the previous value for an equal selection', () => {
    const kit = newKit();
    let renders = 0;
    const seen: Array<readonly string[]> = [];
    const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    function Granted() {
      renders++;
      // A new array on every decision: without the equality this would re-render each time.
      const granted = useConsent(
        (decision) => Object.entries(decision.categories).filter(([, on]) => on).map(([id]) => id),
        sameList,
      );
      seen.push(granted);
      return <p>{granted.join(',')}</p>;
    }
    renderWithKit(wrap, <Granted />, { kit });
    const before = renders;
    act(() => void kit.store.save({ categories: {}, services: { 'video-embed': true } }));
    expect(renders).toBe(before);
    act(() => void kit.store.save({ categories: { statistics: true } }));
    expect(screen.getByText('necessary,statistics')).toBeTruthy();
    expect(seen.at(-1)).toEqual(['necessary', 'statistics']);
  });
});
