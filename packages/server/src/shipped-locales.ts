/**
 * Core's shipped catalogs, each loaded when a server first needs its language. A server that
 * answers in one or two languages holds those, not all 45 (`@cookiekit/core/locales/all` is about
 * 1.3 MB of a Node process's heap). English comes with core's main entry.
 */
import { createRequire } from 'node:module';
import { en, enRegimes, type Messages, type RegimeMessages } from '@cookiekit/core';
import { enPolicyPage, type PolicyPageMessages } from '@cookiekit/core/page';
import { LANGUAGES, loadPolicyPageLocale } from '@cookiekit/core/locales';

/** A UI catalog with its texts for the opt-out and notice layouts. */
export type ShippedCatalog = Messages & { readonly regimes: RegimeMessages };

/** Every shipped language's tag, as catalogs give it in `lang`. */
export const SHIPPED_TAGS: readonly string[] = LANGUAGES.map((language) => language.tag);
const shipped = new Set(SHIPPED_TAGS);

// A UI catalog is loaded synchronously, because a kit is made synchronously: through
// `createRequire`, which gives the CommonJS build of the language's entry (plain data, so which
// build makes no difference). The CommonJS build of this package is given `import.meta.url` by
// its bundler. Only a kit given a catalog without its `regimes` needs one; a bundled server, which
// has no `node_modules` to load it from, is told at start to give them.
const load = createRequire(import.meta.url);
const entries = new Map<string, Record<string, unknown>>();

type Entry = { ui: Messages; regimes: RegimeMessages };
// English is what every server starts with, and the fallback: always at hand.
const english: Entry = { ui: en, regimes: enRegimes };

/**
 * The entry `@cookiekit/core/locales/<tag>`: its UI catalog `<name>` and `<name>Regimes`, where
 * `name` is the tag without its dash (`pt-BR`: `ptBR`). Throws for a
 * language core does not ship, or an entry that cannot be loaded (a server bundled without its
 * `node_modules`), naming it.
 */
function entry(tag: string): Entry {
  if (tag === 'en') return english;
  if (!shipped.has(tag)) throw new Error(`cookiekit: no catalog is shipped for "${tag}"`);
  let module = entries.get(tag);
  if (!module) {
    const specifier = `@cookiekit/core/locales/${tag.toLowerCase()}`;
    try {
      module = load(specifier) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`cookiekit: the "${tag}" catalog (${specifier}) could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    entries.set(tag, module);
  }
  const name = tag.replace('-', '');
  return { ui: module[name] as Messages, regimes: module[`${name}Regimes`] as RegimeMessages };
}

const catalogs = new Map<string, ShippedCatalog>();

/** The shipped UI catalog of `tag` (one of `SHIPPED_TAGS`), with its regime texts. Throws when it cannot be loaded, naming it. */
export function shippedCatalog(tag: string): ShippedCatalog {
  let catalog = catalogs.get(tag);
  if (!catalog) {
    const { ui, regimes } = entry(tag);
    catalog = { ...ui, regimes };
    catalogs.set(tag, catalog);
  }
  return catalog;
}

const pages = new Map<string, Promise<PolicyPageMessages>>([['en', Promise.resolve(enPolicyPage)]]);

/**
 * The shipped policy page catalog of `tag` (one of `SHIPPED_TAGS`), loaded on first ask by core's
 * `loadPolicyPageLocale`: an `import()` a bundler follows, so a bundled server has every language
 * too. Rejects when it cannot be loaded (and is not tried again).
 */
export function shippedPolicyPage(tag: string): Promise<PolicyPageMessages> {
  let page = pages.get(tag);
  if (!page) {
    if (!shipped.has(tag)) return Promise.reject(new Error(`cookiekit: no catalog is shipped for "${tag}"`));
    const failed = (why: string) => new Error(`cookiekit: the "${tag}" policy page catalog could not be loaded: ${why}`);
    page = loadPolicyPageLocale(tag).then(
      (catalog) => {
        if (catalog.lang !== tag) throw failed(`core gave "${catalog.lang}"`);
        return catalog;
      },
      (error: unknown) => {
        throw failed(error instanceof Error ? error.message : String(error));
      },
    );
    pages.set(tag, page);
  }
  return page;
}
