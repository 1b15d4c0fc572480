// Publishes the policy format as a JSON Schema beside the package, for editors.
import { writeFileSync } from 'node:fs';
import { policyJsonSchema } from '../dist/schema.js';

const schema = { title: 'cookiekit cookie policy', ...policyJsonSchema() };
writeFileSync(new URL('../policy.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
