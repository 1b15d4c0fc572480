import type { Frame, Locator, Page } from 'playwright-core';
import { settle, type VisitContext } from './context';
import type { Session } from './recorder';
import type { ButtonInfo, PhaseAction } from './types';

/** Accessible names of consent buttons, in English and French (as core's catalogs say them) and common variants. */
export const BUTTON_NAMES = {
  accept: /^\s*(accept|allow|agree to)( all)?( cookies)?\s*$|^\s*(i )?(accept|agree)\s*$|^\s*(tout accepter|accepter( tout| les cookies)?|j.accepte)\s*$/i,
  reject: /^\s*(reject|refuse|decline|deny)( all)?( cookies)?\s*$|^\s*(only|use only) necessary( cookies)?\s*$|^\s*necessary (cookies )?only\s*$|^\s*(tout refuser|refuser( tout| les cookies)?|continuer sans accepter)\s*$/i,
  settings: /^\s*(cookie (settings|preferences)|manage (cookies|preferences)|customi[sz]e|preferences|privacy settings|paramètres des cookies|gérer (les )?cookies|personnaliser|préférences( des cookies)?)\s*$/i,
} as const;

const MODAL = 'dialog[open], [aria-modal="true"]';

// Banners in the first few frames of the site's origin are looked for too (a frame of another
// origin is blocked and holds nothing). Playwright cannot join a frame's locator to the page's
// with `or`, so each frame is a locator of its own, tried in order.
const FRAMES = 3;

/** Where the buttons of a kind may be, listed anew each time (frames come and go). */
export type Places = () => Locator[];

/**
 * Where the visible buttons (or links) of a kind may be: by the selector given for it, else by
 * accessible name; in the page (open shadow roots included; closed ones are opened by the
 * recorder's hook), then in each of its first frames of the site's origin.
 */
export function button(visit: VisitContext, page: Page, kind: keyof typeof BUTTON_NAMES, scope?: string): Places {
  const selector = visit.selectors[kind];
  const name = BUTTON_NAMES[kind];
  const within = (root: Page | Frame): Locator => {
    const base = scope ? root.locator(scope) : root;
    const found = selector ? base.locator(selector) : base.getByRole('button', { name }).or(base.getByRole('link', { name }));
    return found.filter({ visible: true });
  };
  const sameOrigin = (frame: Frame) => {
    try {
      return new URL(frame.url()).origin === visit.origin;
    } catch {
      return false;
    }
  };
  return () => [within(page), ...page.mainFrame().childFrames().filter(sameOrigin).slice(0, FRAMES).map(within)];
}

/** The first visible match in the first place that has one, waiting up to `timeout` ms (0: only look now). */
export async function waitFor(places: Places, timeout: number): Promise<Locator | null> {
  const deadline = Date.now() + Math.max(0, timeout);
  for (;;) {
    for (const place of places()) {
      try {
        if ((await place.count()) > 0) return place.first();
      } catch {
        // A frame going away, or the page closed.
      }
    }
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What C4 compares of a button: its name, element, size and font. */
export async function describe(locator: Locator | null): Promise<ButtonInfo | null> {
  if (!locator) return null;
  try {
    return await locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
      return { name: text, tag: el.tagName.toLowerCase(), width: box.width, height: box.height, fontSize: style.fontSize, fontWeight: style.fontWeight };
    });
  } catch {
    return null;
  }
}

/** Clicks a button and lets the page react. */
async function click(visit: VisitContext, session: Session, locator: Locator, steps: string[]): Promise<void> {
  const info = await describe(locator);
  steps.push(info?.name || '(button)');
  visit.progress(`  click "${info?.name ?? ''}"`);
  await locator.click({ timeout: visit.timeoutMs });
  await settle(visit, session.page);
}

/** Reject all: on the first layer, else from the preferences the settings button opens. */
export async function reject(visit: VisitContext, session: Session, fromFirstLayer: boolean): Promise<PhaseAction> {
  const steps: string[] = [];
  const page = session.page;
  if (fromFirstLayer) {
    const direct = await waitFor(button(visit, page, 'reject'), visit.bannerTimeoutMs);
    if (direct) {
      await click(visit, session, direct, steps);
      return { done: true, steps };
    }
  }
  const settings = await waitFor(button(visit, page, 'settings'), visit.bannerTimeoutMs);
  if (!settings) return { done: false, steps, note: 'no Reject all button and no cookie settings button found' };
  await click(visit, session, settings, steps);
  const anywhere = await waitFor(button(visit, page, 'reject'), visit.bannerTimeoutMs);
  // Prefer the one in the dialog just opened over one on a layer under it.
  const inDialog = anywhere ? ((await waitFor(button(visit, page, 'reject', MODAL), 0)) ?? anywhere) : null;
  if (!inDialog) return { done: false, steps, note: `no Reject all button after clicking "${steps[0]}"` };
  await click(visit, session, inDialog, steps);
  return { done: true, steps };
}

/** Accept all, on the first layer. */
export async function accept(visit: VisitContext, session: Session): Promise<PhaseAction> {
  const steps: string[] = [];
  const found = await waitFor(button(visit, session.page, 'accept'), visit.bannerTimeoutMs);
  if (!found) return { done: false, steps, note: 'no Accept all button found' };
  await click(visit, session, found, steps);
  return { done: true, steps };
}
