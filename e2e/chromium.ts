// How this project launches Chromium: the system browser (Debian's, or CHROMIUM_PATH), never
// a downloaded one, with the flags a root, sandboxless, offline machine needs. Shared by the
// end-to-end tests and the benchmark.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
