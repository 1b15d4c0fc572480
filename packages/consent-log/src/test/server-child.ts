// A site process for the crash test: the consent log on a SQLite file behind the server's API.
// Prints the URL, then serves until killed; the API's errors go to stderr.
import { openConsentLog } from '../index';
import { serveConsentApi } from './api';
import { KEY } from './helpers';

const file = process.argv[2]!;
const log = await openConsentLog({ database: { sqlite: file }, key: KEY });
const api = await serveConsentApi(log, { onError: (m) => process.stderr.write(`${m}\n`) });
process.stdout.write(`${api.url}\n`);
