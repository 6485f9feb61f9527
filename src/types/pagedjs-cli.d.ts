/** The parts of pagedjs-cli's programmatic API that scripts/lib/pdf.ts uses (the package ships no types). */
declare module 'pagedjs-cli' {
  interface PrinterOptions {
    browserArgs?: string[];
    timeout?: number;
    headless?: boolean;
    allowLocal?: boolean;
  }
  export default class Printer {
    constructor(options?: PrinterOptions);
    /** Launches the browser (pdf() does it too when needed); returns it so callers can watch its pages. */
    setup(): Promise<import('puppeteer-core').Browser>;
    pdf(input: string, options?: { outlineTags?: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
