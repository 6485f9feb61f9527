/**
 * In the live preview only (`npm run dev`): while the content has errors, every page is the error page
 * (src/lib/preview-errors.ts), with file, line, message and fix, instead of Astro's overlay with program code and a
 * stack trace. The build does not use this: a content error stops it before any page is made.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLivePreview } from './lib/context.ts';
import { contentErrorsNow } from './lib/site-model.ts';
import { contentErrorPage } from './lib/preview-errors.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!isLivePreview() || context.url.pathname.startsWith('/_') || context.url.pathname.startsWith('/@')) return next();
  const errors = contentErrorsNow();
  if (!errors.length) return next();
  return new Response(contentErrorPage(errors), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
});
