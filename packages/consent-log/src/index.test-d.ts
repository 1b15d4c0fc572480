import { expectTypeOf, it } from 'vitest';
import type { ConsentSink } from '@cookiekit/core';
import { openConsentLog, type ConsentLog, type VerifyProblem, type VerifyReport } from './index';

it('is a ConsentSink the server can mount', () => {
  expectTypeOf<ConsentLog>().toMatchTypeOf<ConsentSink>();
  expectTypeOf(openConsentLog).returns.resolves.toEqualTypeOf<ConsentLog>();
  expectTypeOf<VerifyReport['firstBad']>().toEqualTypeOf<VerifyProblem | undefined>();
  expectTypeOf<ConsentLog['append']>().returns.resolves.toEqualTypeOf<{ readonly duplicate: boolean }>();
  // @ts-expect-error a database is required
  void openConsentLog({ key: 'x' });
});
