// A site process for the crash test: the consent log on a SQLite file behind the server's API.
// Prints the URL, then serves until killed.
import { openConsentLog } from '../index';
import { serveConsentApi } from './api';
import { KEY } from './helpers';

const file = process.argv[2]!;
const log = await openConsentLog({ database: { sqlite: file }, key: KEY });
const api = await serveConsentApi(log);
process.stdout.write(`${api.url}\n`);
