import type { Locator, Page } from 'playwright-core';
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

/** The visible buttons (or links) of a kind: by the selector given for it, else by accessible name. */
export function button(visit: VisitContext, page: Page, kind: keyof typeof BUTTON_NAMES, scope?: string): Locator {
  const root = scope ? page.locator(scope) : page;
  const selector = visit.selectors[kind];
  if (selector) return root.locator(selector).filter({ visible: true });
  const name = BUTTON_NAMES[kind];
  return root.getByRole('button', { name }).or(root.getByRole('link', { name })).filter({ visible: true });
}

/** The first visible match, waiting up to `timeout` ms for one (0: only look now). */
export async function waitFor(locator: Locator, timeout: number): Promise<Locator | null> {
  try {
    if (timeout <= 0) return (await locator.count()) > 0 ? locator.first() : null;
    await locator.first().waitFor({ state: 'visible', timeout });
    return locator.first();
  } catch {
    return null;
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
