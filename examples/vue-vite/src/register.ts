import type { policy } from 'example-policy';

// Every id given to useAllowed and ConsentGate is checked against the shop's policy.
declare module '@cookiekit/vue' {
  interface Register {
    policy: typeof policy;
  }
}
