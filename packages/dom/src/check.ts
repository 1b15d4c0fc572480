import type { CookiePolicy } from '@cookiekit/core';

// A structural check of a policy read from the page, light enough for the script-tag build (the
// full `validatePolicy` of `@cookiekit/core/schema` brings zod: many times the whole bundle). It
// refuses what would make the runtime misbehave: missing or mistyped fields, unknown or repeated
// ids, a service in an undeclared category. Validate policies fully at build time (`cookiekit validate`).
const isText = (value: unknown): boolean =>
  (typeof value === 'string' && value !== '') ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((t) => typeof t === 'string'));
const isId = (value: unknown): boolean => typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/.test(value);

/**
 * Returns why `data` is not a usable cookie policy, or `''` when it is.
 * @internal
 */
export function policyProblem(data: unknown): string {
  const policy = data as CookiePolicy;
  if (typeof policy !== 'object' || policy === null) return 'it is not an object';
  if (typeof policy.revision !== 'string' || !policy.revision) return '"revision" must be a non-empty string';
  if (!Array.isArray(policy.categories) || !policy.categories.length) return '"categories" must be a non-empty array';
  if (!Array.isArray(policy.services)) return '"services" must be an array';
  const ids = new Set<string>();
  const categories = new Set<string>();
  for (const [i, category] of policy.categories.entries()) {
    const where = `categories[${i}]`;
    if (typeof category !== 'object' || category === null || !isId(category.id)) return `${where}.id must be an id`;
    if (!isText(category.label) || !isText(category.description)) return `${where} needs a label and a description`;
    if (ids.has(category.id)) return `${where}.id "${category.id}" is repeated`;
    ids.add(category.id);
    categories.add(category.id);
  }
  for (const [i, service] of policy.services.entries()) {
    const where = `services[${i}]`;
    if (typeof service !== 'object' || service === null || !isId(service.id)) return `${where}.id must be an id`;
    if (ids.has(service.id)) return `${where}.id "${service.id}" is repeated`;
    ids.add(service.id);
    if (!categories.has(service.category)) return `${where}.category must name a declared category`;
    if (typeof service.provider !== 'string' || !isText(service.function)) return `${where} needs a provider and a function`;
    if (typeof service.party !== 'object' || service.party === null || !['first', 'third'].includes(service.party.type)) {
      return `${where}.party.type must be "first" or "third"`;
    }
    if (!Array.isArray(service.purposes) || !Array.isArray(service.storage)) return `${where} needs purposes and storage arrays`;
    for (const item of service.storage) {
      if (typeof item !== 'object' || item === null || typeof (item.name ?? item.pattern) !== 'string' || typeof item.duration !== 'string') {
        return `${where}.storage items need a name (or pattern) and a duration`;
      }
    }
  }
  return '';
}
