// (d') cookiekit's script-tag build as a page loads it: the built cookiekit.iife.js and
// cookiekit.css as shipped, configured by the page's JSON policy block (counted here).
import '@cookiekit/dom/cookiekit.css';
import { policy } from './site-policy.mjs';

const block = document.createElement('script');
block.type = 'application/json';
block.id = 'cookiekit-policy';
block.textContent = JSON.stringify(policy);
document.head.append(block);
// After the block: the script reads it when it runs.
import('@cookiekit/dom/cookiekit.iife.js');
