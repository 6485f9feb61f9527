/**
 * Puppeteer must never download a browser: the project uses Debian's Chromium
 * (see README, "Setting up"). pagedjs-cli depends on puppeteer, whose install
 * script reads this file.
 */
module.exports = { skipDownload: true };
