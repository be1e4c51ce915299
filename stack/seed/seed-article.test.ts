// The seed article in supabase/seed.sql is the fixture word for word: same paragraphs,
// same spelling and quotes, date line removed, joined by the documented "\n\n".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, renderSeed, seedPath } from './render-seed.ts';
import { paragraphSeparator, parseSeedArticle } from './seed-article.ts';

const fixture = readFileSync(fixturePath, 'utf8');
const seed = readFileSync(seedPath, 'utf8');

function dollarQuotedValue(sql: string, tag: string): string {
  const open = `$${tag}$`;
  const start = sql.indexOf(open);
  const end = sql.indexOf(open, start + open.length);
  if (start < 0 || end < 0) throw new Error(`seed.sql has no ${open} literal`);
  return sql.slice(start + open.length, end);
}

const seededBodyText = dollarQuotedValue(seed, 'body_text');
const seededBody = JSON.parse(dollarQuotedValue(seed, 'body')) as {
  type: string;
  content: { type: string; content: { type: string; text: string }[] }[];
};
const fixtureParagraphs = fixture.replace(/^ date 2025-06-05 /, '').split('\n\n');

describe('seed article', () => {
  it('is the fixture without its date line, every character kept', () => {
    expect(seededBodyText).toBe(fixture.slice(' date 2025-06-05 '.length));
    expect(seededBodyText.startsWith('United States Immigration and Customs Enforcement (ICE)')).toBe(true);
  });

  it('keeps every paragraph of the fixture unaltered and in order', () => {
    expect(fixtureParagraphs).toHaveLength(8);
    expect(seededBodyText.split(paragraphSeparator)).toEqual(fixtureParagraphs);
    expect(seededBody.content.map((block) => block.content.map((node) => node.text).join(''))).toEqual(
      fixtureParagraphs,
    );
  });

  it('stores the body as a Tiptap document of plain paragraphs', () => {
    expect(seededBody.type).toBe('doc');
    for (const block of seededBody.content) {
      expect(block.type).toBe('paragraph');
      expect(block.content).toHaveLength(1);
      expect(block.content[0]?.type).toBe('text');
    }
  });

  it("keeps the article's own spelling and curly quotes", () => {
    expect(seededBodyText).toContain('ICE\u2019s Alternative to Detention');
    expect(seededBodyText).toContain('\u201cThose arrested had executable final orders');
    expect(seededBodyText).toContain('the next American daugher can get raped');
    expect(seededBodyText).toContain('get all of the Biden the illegals');
  });

  it('takes the publication date from the date line', () => {
    expect(parseSeedArticle(fixture).publishedAt).toBe('2025-06-05');
    expect(seed).toContain("'2025-06-05'");
  });

  it('is up to date with its generator (npx tsx stack/seed/generate-seed.ts)', () => {
    expect(seed).toBe(renderSeed(fixture));
  });

  it('refuses a fixture whose paragraphs are not separated by one blank line', () => {
    expect(() => parseSeedArticle(' date 2025-06-05 One.\n\n\nTwo.')).toThrow(/exactly one blank line/);
    expect(() => parseSeedArticle('One.\n\nTwo.')).toThrow(/date/);
  });
});
