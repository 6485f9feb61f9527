/**
 * The test tiers. `npm test` runs the fast tier (TEST_TIER unset or `fast`): unit tests, the bad-content cases against
 * the validator in-process, the readers of the one shared build, and browser tests on one page per template.
 * `npm run test:full` (TEST_TIER=full, what CI runs) adds what needs many real builds or every page: a bad-content
 * case of each kind through the command line, the release scenarios, reproducibility, axe on every page (one of each
 * group of many same-template pages: the longest per reason for moving and the shortest), the form editor.
 */
export const FULL = process.env.TEST_TIER === 'full';
