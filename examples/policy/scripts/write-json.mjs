// Writes the policy as JSON too, for tools that read policy files (the CLI, editors).
import { writeFileSync } from 'node:fs';
import { policy } from '../dist/index.js';

writeFileSync(
  new URL('../dist/policy.json', import.meta.url),
  JSON.stringify({ $schema: '../node_modules/@cookiekit/core/policy.schema.json', ...policy }, null, 2) + '\n',
);
