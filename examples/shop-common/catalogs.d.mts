import type { PolicyPageMessages } from '@cookiekit/core/page';

/** On the server: the catalog (UI and policy page) of a shipped language tag, English for any other. */
export declare function catalogFor(tag: string): PolicyPageMessages;
