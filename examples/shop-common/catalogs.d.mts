import type { PolicyPageMessages } from '@cookiekit/core/page';

/** On the server: the catalog (UI and policy page) of a shipped language tag; `undefined` (the kit's English) for `en` and any other. */
export declare function catalogFor(tag: string): PolicyPageMessages | undefined;
