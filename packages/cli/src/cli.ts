#!/usr/bin/env node
import { runCli } from './run';

runCli(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cookiekit: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
