// Puts bench/README.md together from sections/: the introduction, then each bench's section
// (size.md is written by size/run.mjs; the others are edited by hand after a measured run).
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const parts = ['intro', 'size', 'server', 'log', 'insights', 'browser'].map((name) =>
  readFileSync(new URL(`sections/${name}.md`, here), 'utf8').trim(),
);
writeFileSync(new URL('README.md', here), `${parts.join('\n\n')}\n`);
console.log(`bench/README.md: ${parts.length} sections`);
