import { en } from '../messages/en';
import { format, localize } from '../messages/format';
import type { Messages } from '../messages/types';
import type { CookiePolicy } from '../policy';

/**
 * Draws the placeholder of a gated embed (`GatingOptions.placeholders`): called with the embed
 * while it is blocked, its service or category id, the policy, the catalog (default English) and
 * the "Allow" handler; returns the element put before the embed, removed once it is allowed.
 */
export type EmbedPlaceholder = (
  el: HTMLElement,
  id: string,
  policy: CookiePolicy,
  messages: Messages | undefined,
  onAllow: ((id: string, kind: 'service' | 'category') => void) | undefined,
) => Element;

/**
 * The accessible placeholder of a gated iframe or image, for `startGating`'s (and
 * `createCookieKit`'s `gating`) `placeholders` option: a separate import, so pages without gated
 * embeds do not download it. A `.ck-placeholder` region at the embed's height (nothing below it
 * moves) says what is blocked and, with an `onAllow`, offers "Allow"; the embed is hidden until
 * allowed (C1).
 *
 * @example
 * ```ts
 * import { createCookieKit, embedPlaceholders } from '@cookiekit/core';
 * const kit = createCookieKit({ policy, gating: { placeholders: embedPlaceholders } });
 * ```
 */
export const embedPlaceholders: EmbedPlaceholder = (el, id, policy, messages = en, onAllow) => {
  const doc = el.ownerDocument;
  const service = policy.services.find((s) => s.id === el.dataset.service);
  const category = policy.categories.find((c) => c.id === id);
  const name = service?.provider ?? (category ? localize(category.label, messages.lang, policy.defaultLanguage) : id);
  const box = doc.createElement('div');
  box.className = 'ck-placeholder';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', format(messages.placeholder.label, { service: name }));
  box.append(
    Object.assign(doc.createElement('p'), {
      className: 'ck-placeholder__text',
      textContent: format(messages.placeholder.text, { provider: name, service: id }),
    }),
  );
  if (onAllow) {
    const kind = el.dataset.service ? 'service' : 'category';
    const button = Object.assign(doc.createElement('button'), {
      type: 'button',
      className: 'ck-button',
      textContent: format(messages.placeholder.allow, { service: name }),
      onclick: () => onAllow(id, kind),
    });
    button.dataset.action = 'allow-service';
    button.dataset[kind] = id;
    box.append(button);
  }
  // The box takes the embed's place at the embed's height, so nothing below it moves (CLS 0).
  const { height } = el.getBoundingClientRect();
  if (height) box.style.height = `${height}px`;
  el.hidden = true;
  el.before(box);
  return box;
};
