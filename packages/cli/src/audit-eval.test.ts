import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CookiePolicy } from '@cookiekit/core';
import { validatePolicy } from '@cookiekit/core/schema';
import { policy as examplePolicy } from 'example-policy';
import { describeLifetime, durationSlackSeconds, evaluateAudit, outlives } from './audit';
import type { BannerCheck, ButtonInfo, ObservedCookie, ObservedStorage, Phase, PhaseResult, SiteObservation } from './browse';
import { formatAuditJUnit, formatAuditText, xmlEscape } from './format';
import { loadPolicyFile } from './load-policy';
import { draftPolicy, formatDraft, lifetimeToDuration, scanReport } from './scan';
import { parseXml } from './test/xml';

const ORIGIN = 'http://127.0.0.1:4000';
const cookie = (name: string, lifetimeSeconds: number | null = 3600, extra: Partial<ObservedCookie> = {}): ObservedCookie => ({
  name,
  domain: '127.0.0.1',
  path: '/',
  expires: lifetimeSeconds === null ? -1 : 2_000_000_000,
  lifetimeSeconds,
  httpOnly: false,
  secure: false,
  sameSite: 'Lax',
  setBy: { type: 'response', url: `${ORIGIN}/` },
  page: `${ORIGIN}/`,
  ...extra,
});
const key = (name: string): ObservedStorage => ({ kind: 'localStorage', name, origin: ORIGIN, setBy: { type: 'script', url: `${ORIGIN}/app.js:1` }, page: `${ORIGIN}/` });
const button = (name: string, extra: Partial<ButtonInfo> = {}): ButtonInfo => ({ name, tag: 'button', width: 140, height: 40, fontSize: '16px', fontWeight: '400', ...extra });
const BANNER: BannerCheck = { accept: button('Accept all'), reject: button('Reject all'), settings: button('Cookie settings') };
const NECESSARY = [cookie('sessionid', 14 * 86_400, { httpOnly: true }), cookie('csrftoken', 365 * 86_400), cookie('django_language', null)];

function phase(p: Phase, cookies: ObservedCookie[], storage: ObservedStorage[] = [], done = true, final?: { cookies: ObservedCookie[]; storage?: ObservedStorage[] }): PhaseResult {
  return {
    phase: p,
    action: p === 'before-consent' ? null : { done, steps: done ? ['Reject all'] : [], ...(done ? {} : { note: 'no button' }) },
    seen: { cookies, storage },
    final: { cookies: final?.cookies ?? cookies, storage: final?.storage ?? storage },
  };
}

function observation(phases: PhaseResult[], banner: BannerCheck = BANNER): SiteObservation {
  return { url: `${ORIGIN}/`, origin: ORIGIN, host: '127.0.0.1', startedAt: '2026-11-02T10:00:00.000Z', pages: [`${ORIGIN}/`], banner, phases, requests: [], errors: [] };
}

const CONSENT = cookie('cookies_preferences', 180 * 86_400);
const cleanSite = () =>
  observation([
    phase('before-consent', NECESSARY),
    phase('after-reject', [...NECESSARY, CONSENT]),
    phase('after-accept', [...NECESSARY, CONSENT, cookie('_shop_stats', 30 * 86_400), cookie('_adp_uid', 300 * 86_400)], [key('shop_stats:visits')]),
    phase('after-withdrawal', [...NECESSARY, CONSENT]),
  ]);
const codes = (report: ReturnType<typeof evaluateAudit>) => report.findings.map((f) => `${f.code}:${f.item?.name ?? ''}`).sort();

describe('evaluateAudit', () => {
  it('passes a site that matches its policy, every check run', () => {
    const report = evaluateAudit(cleanSite(), examplePolicy);
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.checks.map((c) => c.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'passed']);
  });

  it('C1: reports a consent-bound cookie and storage key before any choice, naming the service', () => {
    const obs = cleanSite();
    const before = phase('before-consent', [...NECESSARY, cookie('_shop_stats', 30 * 86_400)], [key('shop_stats:visits')]);
    const report = evaluateAudit({ ...obs, phases: [before, ...obs.phases.slice(1)] }, examplePolicy);
    expect(codes(report)).toEqual(['cookie-before-consent:_shop_stats', 'storage-before-consent:shop_stats:visits']);
    expect(report.findings[0]).toMatchObject({ rule: 'C1', check: 'before-consent', severity: 'error' });
    expect(report.findings[0]!.message).toMatch(/service "shop-analytics" needs consent/);
    expect(report.passed).toBe(false);
  });

  it('C1 follows core: an exempt audience-measurement service (C8) may run before a choice', () => {
    const exempt: CookiePolicy = {
      ...examplePolicy,
      services: examplePolicy.services.map((s) =>
        s.id === 'shop-analytics'
          ? {
              ...s,
              purposes: [{ code: 'audience-measurement' as const }],
              storage: s.storage.filter((i) => i.name !== '_shop_stats').concat([{ name: '_shop_stats', duration: '13 months' }]),
              exemption: { type: 'audience-measurement' as const, anonymousOutput: true, crossSiteTracking: false, combinedWithOtherData: false, extendsOnRevisit: false, dataRetention: '25 months' },
            }
          : s,
      ),
    };
    expect(validatePolicy(exempt).ok).toBe(true);
    const obs = cleanSite();
    const before = phase('before-consent', [...NECESSARY, cookie('_shop_stats', 30 * 86_400)]);
    expect(evaluateAudit({ ...obs, phases: [before, ...obs.phases.slice(1)] }, exempt).findings.filter((f) => f.rule === 'C1')).toEqual([]);
  });

  it('reports undeclared items with their classification; a necessary-classified one is not also a C1 finding', () => {
    const obs = cleanSite();
    const before = phase('before-consent', [...NECESSARY, cookie('PHPSESSID', null), cookie('_trk', 86_400)]);
    const report = evaluateAudit({ ...obs, phases: [before, ...obs.phases.slice(1)] }, examplePolicy);
    expect(codes(report)).toEqual(['cookie-before-consent:_trk', 'undeclared-cookie:PHPSESSID', 'undeclared-cookie:_trk']);
    const php = report.findings.find((f) => f.item?.name === 'PHPSESSID')!;
    expect(php.classification).toMatchObject({ category: 'necessary', rule: 'framework-default' });
    expect(php.message).toMatch(/framework-default/);
  });

  it('reports a cookie living longer than declared, with a small slack for calendar months', () => {
    const obs = cleanSite();
    const before = phase('before-consent', [cookie('sessionid', 30 * 86_400), cookie('csrftoken', 366 * 86_400), cookie('django_language', 3600)]);
    const report = evaluateAudit({ ...obs, phases: [before, ...obs.phases.slice(1)] }, examplePolicy);
    // sessionid: 2 weeks declared, 30 days seen; django_language: session declared, one hour seen; csrftoken: a leap year is fine.
    expect(codes(report)).toEqual(['outlives-declared-duration:django_language', 'outlives-declared-duration:sessionid']);
  });

  it('C4: no Reject all beside Accept all fails; no banner at all fails with its own sentence', () => {
    const obs = cleanSite();
    const noReject = evaluateAudit({ ...obs, banner: { ...BANNER, reject: null } }, examplePolicy);
    expect(codes(noReject)).toEqual(['no-reject-all:']);
    expect(noReject.findings[0]!.message).toMatch(/"Accept all" but no Reject all/);
    const none = evaluateAudit({ ...obs, banner: { accept: null, reject: null, settings: null } }, examplePolicy);
    expect(none.findings[0]!.message).toMatch(/no consent banner was found/);
  });

  it('C4: warns (without failing) when Reject all is smaller or another element than Accept all', () => {
    const obs = cleanSite();
    const link = evaluateAudit({ ...obs, banner: { ...BANNER, reject: button('Reject all', { tag: 'a' }) } }, examplePolicy);
    expect(link.findings).toMatchObject([{ code: 'unequal-choice-buttons', severity: 'warning' }]);
    expect(link.passed).toBe(true);
    const small = evaluateAudit({ ...obs, banner: { ...BANNER, reject: button('Reject all', { width: 60, height: 20 }) } }, examplePolicy);
    expect(small.findings[0]!.message).toMatch(/60x20 px/);
  });

  it('skips the banner checks for a policy without optional categories', () => {
    const necessaryOnly: CookiePolicy = { ...examplePolicy, categories: examplePolicy.categories.slice(0, 1), services: examplePolicy.services.filter((s) => s.category === 'necessary') };
    const report = evaluateAudit(observation([phase('before-consent', NECESSARY)], { accept: null, reject: null, settings: null }), necessaryOnly);
    expect(report.passed).toBe(true);
    expect(report.checks.filter((c) => c.status === 'skipped').map((c) => c.id)).toEqual(['reject-all-button', 'reject-all-cleanup', 'withdrawal-cleanup']);
  });

  it("C6: a refused service's cookie left after Reject all or a withdrawal fails; necessary ones may stay", () => {
    const obs = cleanSite();
    const phases = obs.phases.map((p) =>
      p.phase === 'after-reject'
        ? phase('after-reject', [...NECESSARY, CONSENT, cookie('_adp_uid')])
        : p.phase === 'after-withdrawal'
          ? phase('after-withdrawal', [...NECESSARY, CONSENT], [key('shop_stats:visits')])
          : p,
    );
    const report = evaluateAudit({ ...obs, phases }, examplePolicy);
    expect(codes(report)).toEqual(['survives-reject-all:_adp_uid', 'survives-withdrawal:shop_stats:visits']);
    expect(report.findings.every((f) => f.rule === 'C6')).toBe(true);
  });

  it('C6: a withdrawal that cannot be made after Accept all is a finding; without Accept all it is skipped', () => {
    const obs = cleanSite();
    const noWay = obs.phases.map((p) => (p.phase === 'after-withdrawal' ? phase('after-withdrawal', [], [], false) : p));
    expect(codes(evaluateAudit({ ...obs, phases: noWay }, examplePolicy))).toEqual(['no-withdrawal-path:']);
    const neverAccepted = obs.phases.map((p) => (p.phase === 'after-accept' || p.phase === 'after-withdrawal' ? phase(p.phase, NECESSARY, [], false) : p));
    const report = evaluateAudit({ ...obs, phases: neverAccepted }, examplePolicy);
    expect(report.checks.find((c) => c.id === 'withdrawal-cleanup')?.status).toBe('skipped');
  });
});

describe('durations', () => {
  it('allows a minute of drift or 1% of the declared length, at most two days', () => {
    expect(durationSlackSeconds(600)).toBe(60);
    expect(durationSlackSeconds(30 * 86_400)).toBe(25_920);
    expect(durationSlackSeconds(2 * 31_556_952)).toBe(2 * 86_400);
    const year = 31_556_952;
    expect(outlives(year + durationSlackSeconds(year), '1 year')).toBe(false);
    expect(outlives(year + durationSlackSeconds(year) + 1, '1 year')).toBe(true);
    expect(outlives(400 * 86_400, '13 months')).toBe(true);
    expect(outlives(null, 'session')).toBe(false);
    expect(outlives(61, 'session')).toBe(true);
    expect(outlives(10, 'not a duration')).toBe(false);
  });

  it('describes lifetimes and turns them into policy durations', () => {
    expect(describeLifetime(null)).toBe('session');
    expect(describeLifetime(14 * 86_400)).toBe('14 days');
    expect(describeLifetime(400 * 86_400)).toBe('1 year 1 month');
    expect(lifetimeToDuration(null)).toBe('session');
    expect(lifetimeToDuration(1799)).toBe('30 minutes');
    expect(lifetimeToDuration(14 * 86_400 - 5)).toBe('14 days');
    expect(lifetimeToDuration(365 * 86_400)).toBe('12 months');
  });
});


describe('JUnit XML', () => {
  it('has one test case per check, a failure per failed check, and parses as XML even with hostile names', () => {
    const obs = cleanSite();
    const hostile = '<x&"\'\u0001]]>';
    const before = phase('before-consent', [...NECESSARY, cookie(hostile)]);
    const report = evaluateAudit({ ...obs, phases: [before, ...obs.phases.slice(1)], banner: { ...BANNER, reject: null } }, examplePolicy);
    const doc = parseXml(formatAuditJUnit(report, 'policy.json'));
    const suite = doc.getElementsByTagName('testsuite')[0]!;
    expect(suite.getAttribute('tests')).toBe('6');
    expect(suite.getAttribute('failures')).toBe('3');
    const cases = [...doc.getElementsByTagName('testcase')];
    expect(cases.map((c) => c.getAttribute('classname'))).toEqual([
      'cookiekit.audit.before-consent',
      'cookiekit.audit.declared',
      'cookiekit.audit.durations',
      'cookiekit.audit.reject-all-button',
      'cookiekit.audit.reject-all-cleanup',
      'cookiekit.audit.withdrawal-cleanup',
    ]);
    const failure = cases[0]!.getElementsByTagName('failure')[0]!;
    expect(failure.getAttribute('type')).toBe('cookie-before-consent');
    expect(failure.textContent).toContain('<x&"\']]>');
    expect(cases[3]!.getElementsByTagName('failure')[0]!.getAttribute('type')).toBe('no-reject-all');
    expect(formatAuditText(report)).toMatch(/FAIL {2}C4 the first layer has Reject all/);
  });

  it('escapes any text so that it reads back unchanged, minus characters XML cannot hold (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const doc = parseXml(`<a b="${xmlEscape(text)}">${xmlEscape(text)}</a>`);
        const expected = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
        expect(doc.documentElement.textContent).toBe(expected.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('draftPolicy', () => {
  it('drafts a valid policy from a scan, grouping by platform and keeping unknown items off until reviewed', () => {
    const obs = observation([
      phase('before-consent', [cookie('sessionid', 14 * 86_400, { httpOnly: true }), cookie('csrftoken', 365 * 86_400), cookie('_trk', 86_400)]),
      phase('after-accept', [cookie('_ga', 395 * 86_400), cookie('_gid', 86_400), cookie('_adp_seen', 86_400, { path: '/shop' })], [key('shop_stats:visits')]),
    ]);
    const draft = draftPolicy(scanReport(obs), new Date('2026-11-02T00:00:00Z'));
    const result = validatePolicy(draft);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(draft.revision).toBe('2026-11-02');
    expect(draft.categories.map((c) => c.id)).toEqual(['necessary', 'statistics', 'unclassified']);
    // _ga is the Google Analytics 4 preset's: the draft holds the preset's service, every item as the preset declares it.
    const preset = draft.services.find((s) => s.id === 'google-analytics-4')!;
    expect(preset).toMatchObject({ category: 'statistics', provider: 'Google Analytics', purposes: [{ code: 'analytics' }] });
    expect(preset.storage.map((i) => i.name)).toEqual(['_ga', '_ga_*']);
    // _gid, which no preset declares, is drafted from the database as before.
    const ga = draft.services.find((s) => s.provider === 'Google Analytics' && s.id !== 'google-analytics-4')!;
    expect(ga).toMatchObject({ category: 'statistics', purposes: [{ code: 'analytics' }] });
    expect(ga.storage.map((i) => i.name)).toEqual(['_gid']);
    const site = draft.services.find((s) => s.category === 'necessary')!;
    expect(site.storage).toContainEqual({ name: 'sessionid', duration: '14 days', httpOnly: true });
    expect(site.purposes.map((p) => p.code).sort()).toEqual(['csrf', 'session']);
    const unknown = draft.services.find((s) => s.category === 'unclassified')!;
    expect(unknown.storage).toContainEqual({ name: '_adp_seen', path: '/shop', duration: '24 hours' });
    expect(unknown.storage).toContainEqual({ kind: 'localStorage', name: 'shop_stats:visits', duration: '13 months' });
  });

  it('drafts the presets it recognises: calls with their imports in a .ts module that loads and validates, every item in .json', async () => {
    const obs = observation([phase('before-consent', []), phase('after-accept', [cookie('_ga', 395 * 86_400), cookie('_ga_ABC123', 395 * 86_400), cookie('_fbp', 90 * 86_400), cookie('_gid', 86_400)])]);
    const report = scanReport(obs);
    const draft = draftPolicy(report);
    expect(draft.services.map((s) => s.id)).toEqual(['google-analytics-4', 'meta-pixel', 'google-analytics-statist']);
    expect(draft.categories.map((c) => c.id)).toEqual(['necessary', 'statistics', 'marketing']);

    const ts = formatDraft(draft, 'policy.draft.ts', report);
    expect(ts).toContain("import { googleAnalytics4 } from '@cookiekit/services/google-analytics-4';");
    expect(ts).toContain("import { metaPixel } from '@cookiekit/services/meta-pixel';");
    expect(ts).toContain("googleAnalytics4({ measurementId: 'G-XXXXXXX' }), // review its options");
    expect(ts).not.toContain('_fbp'); // inside the preset, not written out
    // Written inside the package, so '@cookiekit/services' resolves as it would in the site.
    const dir = await mkdtemp(join(fileURLToPath(new URL('..', import.meta.url)), '.draft-'));
    try {
      await writeFile(join(dir, 'policy.draft.ts'), ts);
      const loaded = await loadPolicyFile(join(dir, 'policy.draft.ts'));
      expect(loaded.ok ? loaded.policy.services.map((s) => s.id) : loaded.issues).toEqual(['google-analytics-4', 'meta-pixel', 'google-analytics-statist']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const json = JSON.parse(formatDraft(draft, 'policy.draft.json', report)) as CookiePolicy;
    expect(json.services.find((s) => s.id === 'meta-pixel')!.storage.map((i) => i.name)).toEqual(['_fbp', '_fbc', 'fr']);
    expect(validatePolicy(json).ok).toBe(true);
  });

  it('keeps the lifetime seen, so a tracker living 400 days shows up as a C7 error when the draft is validated', () => {
    const obs = observation([phase('before-consent', []), phase('after-accept', [cookie('_gid', 400 * 86_400)])]);
    const result = validatePolicy(draftPolicy(scanReport(obs)));
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ rule: 'C7', path: 'services[0].storage[0].duration' }));
  });
});
