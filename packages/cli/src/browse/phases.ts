import { accept, reject } from './buttons';
import { TimeLimitError, type VisitContext } from './context';
import { crawl, revisit, visitPage } from './crawler';
import { finalState, Recorder, type Session } from './recorder';
import type { Phase, PhaseAction, PhaseResult } from './types';

/** One phase of a visit, as the runner walks it. */
export interface PhaseStep {
  readonly phase: Phase;
  /**
   * `fresh`: a new browser context, without any cookie or storage; `continue`: the previous
   * phase's context, as its choice left it (the previous phase then runs whenever this one does).
   */
  readonly context: 'fresh' | 'continue';
  /** Runs whichever phases are asked for. */
  readonly always?: boolean;
  /** The crawl before any choice; it finds the pages every other phase visits again. */
  readonly crawl?: boolean;
  /** Progress labels: `[open] open` for the start page, `[after] i/n` for the pages after the choice. */
  readonly open?: string;
  readonly after?: string;
  /** The choice that leads to the phase, made on the start page. */
  readonly choose?: (visit: VisitContext, session: Session) => Promise<PhaseAction>;
  /** With `continue`: the note when the previous phase's choice could not be made, so this one cannot be either. */
  readonly needsPrevious?: string;
}

/**
 * The phases of a visit, in order: before any choice (crawling); after Reject all, in a fresh
 * browser; after Accept all, in another; and after withdrawing that consent from the cookie
 * settings, in the same browser as Accept all.
 */
export const PHASES: readonly PhaseStep[] = [
  { phase: 'before-consent', context: 'fresh', always: true, crawl: true },
  {
    phase: 'after-reject',
    context: 'fresh',
    open: 'reject all',
    after: 'after reject all',
    // Reject all on the first layer when it was seen there, else through the settings.
    choose: (visit, session) => reject(visit, session, visit.banner.reject !== null),
  },
  { phase: 'after-accept', context: 'fresh', open: 'accept all', after: 'after accept all', choose: accept },
  {
    phase: 'after-withdrawal',
    context: 'continue',
    open: 'withdraw',
    after: 'after withdrawal',
    choose: (visit, session) => reject(visit, session, false),
    needsPrevious: 'consent was never given (no Accept all button)',
  },
];

/** The steps to run for the phases asked for: those, the ones always run, and the ones they continue from. */
export function stepsFor(wanted: ReadonlySet<Phase>, steps: readonly PhaseStep[] = PHASES): PhaseStep[] {
  const runs = steps.map((step) => step.always === true || wanted.has(step.phase));
  for (let i = steps.length - 2; i >= 0; i--) {
    if (runs[i + 1] && steps[i + 1]!.context === 'continue') runs[i] = true;
  }
  return steps.filter((_, i) => runs[i]);
}

/** Walks the steps, one browser context per `fresh` step, and returns what each phase saw. */
export async function runPhases(visit: VisitContext, steps: readonly PhaseStep[], openSession: () => Promise<Session>): Promise<PhaseResult[]> {
  const results: PhaseResult[] = [];
  let session: Session | undefined;
  let previous: PhaseAction | null = null;
  for (const step of steps) {
    if (visit.stopped()) break;
    try {
      if (step.context === 'fresh' || !session) {
        await session?.context.close();
        session = await openSession();
      } else {
        // Same browser, new phase: record from here on.
        session.recorder = new Recorder();
      }
      let action: PhaseAction | null = null;
      if (step.crawl) {
        await crawl(visit, session);
      } else if (step.choose) {
        if (step.context === 'continue' && !previous?.done) {
          action = { done: false, steps: [], note: step.needsPrevious ?? 'the previous choice could not be made' };
        } else {
          await visitPage(visit, session, visit.start.href, `[${step.open ?? step.phase}] open`);
          action = await step.choose(visit, session);
          if (action.done) await revisit(visit, session, step.after ?? step.phase);
        }
      }
      const last = visit.pages[visit.pages.length - 1] ?? visit.start.href;
      const final = await finalState(session, session.page.url() || last);
      results.push({
        phase: step.phase,
        action,
        seen: { cookies: [...session.recorder.cookies.values()], storage: [...session.recorder.storage.values()] },
        final,
      });
      previous = action;
    } catch (error) {
      if (!(error instanceof TimeLimitError) && !visit.stopped()) throw error;
      // Out of time: the crawl's findings so far still count (what exists before any choice);
      // a choice phase cut short says nothing about what its choice leaves, so it is left out.
      if (step.crawl && session) {
        const seen = { cookies: [...session.recorder.cookies.values()], storage: [...session.recorder.storage.values()] };
        results.push({ phase: step.phase, action: null, seen, final: seen });
      }
      break;
    }
  }
  await session?.context.close().catch(() => {});
  return results;
}
