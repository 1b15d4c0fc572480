// Accept-Language parsing lives in core, beside the rest of language negotiation, so the server,
// React and Vue choose a language by one rule. Re-exported here for existing imports.
export { acceptLanguages } from '@cookiekit/core';
