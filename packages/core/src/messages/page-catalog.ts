import type { Messages, PolicyPageMessages } from './types';

/**
 * Joins a UI catalog and the policy page's texts (headings, purpose defaults) of the same language.
 * The purpose texts default to the catalog's own.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withPolicyPage(
  messages: Messages,
  page: PolicyPageMessages['page'],
  purposes?: PolicyPageMessages['purposes'],
): PolicyPageMessages {
  return { ...messages, page, purposes: (purposes ?? messages.purposes)! };
}
