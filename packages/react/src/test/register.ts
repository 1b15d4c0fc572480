import type { policy } from 'example-policy';

// The tests register the example shop's policy, as an application would.
declare module '../context' {
  interface Register {
    policy: typeof policy;
  }
}
