#!/usr/bin/env node
import { runCli } from './run';

// Exit as soon as the report is written, whatever a site or a policy left open: a CI job must
// never wait on a socket the run no longer needs.
const exit = (code: number) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

runCli(process.argv.slice(2), process).then(exit, (error: unknown) => {
  process.stderr.write(`cookiekit: ${(error as Error)?.stack ?? String(error)}\n`);
  exit(2);
});
