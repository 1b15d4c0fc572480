export { decide, createConsentStore } from '@cookiekit/core';
