import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { policy } from 'example-policy';
import { defineComponent, h, type App, type Component } from 'vue';
import {
  createConsentStore,
  createCookieKitPlugin,
  memoryStorage,
  type ConsentChoices,
  type CookieKitOptions,
  type Signals,
} from '../index';

export { policy };
type ShopPolicy = typeof policy;

/** A consent cookie value as the store writes it, for a choice made `ageMs` ago. */
export function consentCookie(
  choose: (store: ReturnType<typeof createConsentStore<ShopPolicy>>) => void = (store) => store.rejectAll(),
  { revision = policy.revision, ageMs = 0 }: { revision?: string; ageMs?: number } = {},
): string {
  const storage = memoryStorage();
  const now = Date.now() - ageMs;
  const store = createConsentStore({ policy: { ...policy, revision }, storage, now: () => now });
  choose(store as never);
  return storage.value!;
}

/** A kit on memory storage (no cookie jar shared between tests), optionally seeded with a cookie. */
export function testKit(
  options: { cookie?: string | null; signals?: Signals } & Partial<CookieKitOptions<ShopPolicy>> = {},
) {
  const { cookie = null, signals = {}, ...rest } = options;
  const storage = memoryStorage(cookie);
  const kit = createCookieKitPlugin({
    policy,
    storage,
    initialConsent: { cookie, signals, now: Date.now() },
    ...rest,
  });
  return { kit, storage };
}

/** Mounts components under the plugin, attached to the document (focus and dialogs need it). */
export function mountWith(
  kit: { install(app: App): void },
  render: () => ReturnType<typeof h> | ReturnType<typeof h>[],
  options: ComponentMountingOptions<Component> = {},
) {
  const App = defineComponent({ setup: () => render });
  return mount(App, { attachTo: document.body, ...options, global: { plugins: [kit] } });
}

/** Every class attribute value under `root`, split. */
export function classNames(root: Element): string[] {
  return [root, ...root.querySelectorAll('[class]')].flatMap((el) => [...el.classList]);
}

export type { ConsentChoices };
