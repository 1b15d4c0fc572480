import { findDeclaredStorage, type CookiePolicy, type StorageItem, type StorageKind } from '@cookiekit/core';
import type { Phase, SetBy, SiteObservation } from './browse';
import { classify, type Classification, type CookieFacts } from './classify';

/** One cookie or storage key found on the site, across phases, classified. */
export interface InventoryItem {
  readonly kind: StorageKind;
  readonly name: string;
  /** Cookie domain, or the storage's origin. */
  readonly domain: string;
  /** Cookie path (`/` for storage). */
  readonly path: string;
  /** Longest remaining lifetime seen, in seconds; `null` for a session cookie or a storage key. */
  readonly lifetimeSeconds: number | null;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: string;
  readonly setBy: SetBy;
  /** The page where it was first seen. */
  readonly page: string;
  /** The phases in which it existed. */
  readonly phases: readonly Phase[];
  /** The policy's service and storage item declaring it, when one does. */
  readonly declared?: { readonly service: string; readonly item: StorageItem };
  readonly classification: Classification;
}

/**
 * Merges what each phase saw into one list, one entry per cookie (name, domain, path) or storage
 * key, and classifies each (declared by the policy first, then the rules of `classify`).
 */
export function buildInventory(observation: SiteObservation, policy?: CookiePolicy, facts?: CookieFacts): InventoryItem[] {
  const items = new Map<string, { item: Omit<InventoryItem, 'phases' | 'classification' | 'declared'>; phases: Phase[] }>();
  const add = (key: string, item: Omit<InventoryItem, 'phases' | 'classification' | 'declared'>, phase: Phase) => {
    const known = items.get(key);
    if (!known) {
      items.set(key, { item, phases: [phase] });
      return;
    }
    if (!known.phases.includes(phase)) known.phases.push(phase);
    const a = known.item.lifetimeSeconds;
    const b = item.lifetimeSeconds;
    if (b !== null && (a === null || b > a)) known.item = { ...known.item, lifetimeSeconds: b };
  };
  for (const result of observation.phases) {
    for (const c of [...result.seen.cookies, ...result.final.cookies]) {
      add(`cookie\t${c.name}\t${c.domain}\t${c.path}`, {
        kind: 'cookie',
        name: c.name,
        domain: c.domain,
        path: c.path,
        lifetimeSeconds: c.lifetimeSeconds,
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: c.sameSite,
        setBy: c.setBy,
        page: c.page,
      }, result.phase);
    }
    for (const s of [...result.seen.storage, ...result.final.storage]) {
      add(`${s.kind}\t${s.name}\t${s.origin}`, {
        kind: s.kind,
        name: s.name,
        domain: s.origin,
        path: '/',
        lifetimeSeconds: null,
        httpOnly: false,
        secure: false,
        sameSite: '',
        setBy: s.setBy,
        page: s.page,
      }, result.phase);
    }
  }
  const order: Phase[] = ['before-consent', 'after-reject', 'after-accept', 'after-withdrawal'];
  return [...items.values()].map(({ item, phases }) => {
    const declared = policy ? findDeclaredStorage(policy, item.name, item.kind) : undefined;
    return {
      ...item,
      phases: order.filter((p) => phases.includes(p)),
      ...(declared ? { declared: { service: declared.service.id, item: declared.item } } : {}),
      classification: classify(
        { name: item.name, kind: item.kind, domain: item.kind === 'cookie' ? item.domain : observation.host },
        { siteHost: observation.host, ...(policy ? { policy } : {}) },
        facts,
      ),
    };
  });
}
