// One appending server process for the several-process test: opens the log on its own chain and
// appends records `first` to `first + count - 1`, at most `inFlight` at a time, printing
// `ack <n>` once each is committed, then `done`.
import type { ConsentLogDatabase } from '../backend';
import { openConsentLog } from '../index';
import { KEY, makeRecord } from './helpers';

const [database, chain, first, count, inFlight] = [JSON.parse(process.argv[2]!) as ConsentLogDatabase, ...process.argv.slice(3).map(Number)] as [
  ConsentLogDatabase,
  number,
  number,
  number,
  number,
];
const log = await openConsentLog({ database, key: KEY, chain });
process.stdout.write('ready\n');
let next = first;
const end = first + count;
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (next < end) {
      const n = next++;
      await log.append(makeRecord(n));
      process.stdout.write(`ack ${n}\n`);
    }
  }),
);
await log.close();
process.stdout.write('done\n');
