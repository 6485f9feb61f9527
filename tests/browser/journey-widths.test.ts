/**
 * The journey drawing on the site can be reached in full at every width from 320 to 1920 px, in English and Danish:
 * every box of the drawing that is shown lies inside what its scroll area (or the page) can scroll to.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';

const env = useBrowserSite();
const WIDTHS = [320, 375, 768, 1024, 1280, 1920];

describe.each(['/journey/', '/da/journey/'])('the journey drawing on %s', (path) => {
  it.each(WIDTHS)('is reachable in full at %i px', async (width) => {
    const page = await env.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${env.url}${path}`);
    const drawings = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.journey-drawing')]
        .filter((d) => d.offsetParent !== null)
        .map((d) => {
          // The area that scrolls: the drawing's own scroll box, or else the page.
          const box = d.querySelector<HTMLElement>('.diagram-scroll');
          const area = box ?? document.documentElement;
          const origin = box ? box.getBoundingClientRect().left - box.scrollLeft + box.clientLeft : -window.scrollX;
          const nodes = [...d.querySelectorAll('svg g.node')].map((n) => n.getBoundingClientRect());
          return {
            layout: d.className,
            nodes: nodes.length,
            left: Math.min(...nodes.map((b) => b.left - origin)),
            right: Math.max(...nodes.map((b) => b.right - origin)),
            reach: area.scrollWidth,
          };
        }),
    );
    expect(drawings.length, 'one drawing is shown').toBe(1);
    const [d] = drawings;
    expect(d!.nodes).toBeGreaterThan(10);
    expect(d!.left, `${d!.layout}: the first column starts left of what can be scrolled to`).toBeGreaterThanOrEqual(0);
    expect(d!.right, `${d!.layout}: the last column ends right of what can be scrolled to`).toBeLessThanOrEqual(
      d!.reach + 1,
    );
    await page.close();
  });
});
