import type { policy } from 'example-policy';

// The tests register the example shop's policy, as an application would (the tsconfig maps the
// package's own name to its sources).
declare module '@cookiekit/vue' {
  interface Register {
    policy: typeof policy;
  }
}
