/** The Chromium binary. */
export declare const chromiumPath: string;
/** The flags every launch uses. */
export declare const chromiumArgs: string[];
