import type { Messages, PolicyPageMessages } from './types';

/** Joins a UI catalog and the policy page's texts (headings, purpose defaults) of the same language. */
/* @__NO_SIDE_EFFECTS__ */
export function withPolicyPage(
  messages: Messages,
  page: PolicyPageMessages['page'],
  purposes: PolicyPageMessages['purposes'],
): PolicyPageMessages {
  return { ...messages, page, purposes };
}
