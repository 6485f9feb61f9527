/** Every built page is valid HTML (html-validate, recommended rules). */
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { join } from 'node:path';
import { DIST, htmlPages, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

describe('HTML validity', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const page of htmlPages()) {
      const report = await validator.validateFile(join(DIST, page));
      if (!report.valid) failures.push(formatterFactory('text')(report.results));
    }
    expect(failures.join('\n')).toBe('');
  });
});
