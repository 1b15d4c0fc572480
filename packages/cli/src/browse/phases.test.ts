import { describe, expect, it } from 'vitest';
import { PHASES, stepsFor } from './phases';
import type { Phase } from './types';

const phasesRun = (wanted: Phase[]) => stepsFor(new Set(wanted)).map((s) => s.phase);

describe('the phases of a visit, as data', () => {
  it('lists the four phases in the order the audit compares them', () => {
    expect(PHASES.map((s) => s.phase)).toEqual(['before-consent', 'after-reject', 'after-accept', 'after-withdrawal']);
  });

  it('always crawls before any choice, even when no phase is asked for', () => {
    expect(phasesRun([])).toEqual(['before-consent']);
    expect(phasesRun(['after-reject'])).toEqual(['before-consent', 'after-reject']);
  });

  it('C6: a withdrawal runs after Accept all in the same browser, so asking for it runs Accept all too', () => {
    expect(phasesRun(['after-withdrawal'])).toEqual(['before-consent', 'after-accept', 'after-withdrawal']);
    expect(PHASES.find((s) => s.phase === 'after-withdrawal')?.context).toBe('continue');
  });

  it('runs each choice but the withdrawal in a fresh browser, without the cookies of another phase', () => {
    expect(PHASES.filter((s) => s.context === 'fresh').map((s) => s.phase)).toEqual(['before-consent', 'after-reject', 'after-accept']);
    expect(phasesRun(['after-reject', 'after-accept', 'after-withdrawal'])).toEqual(PHASES.map((s) => s.phase));
  });
});
