import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from './safe-external-url';

describe('safeExternalUrl', () => {
  it('keeps http and https addresses', () => {
    expect(safeExternalUrl('https://www.nbcnews.com/news/ice')).toBe('https://www.nbcnews.com/news/ice');
    expect(safeExternalUrl('http://example.com')).toBe('http://example.com/');
  });

  it('refuses addresses that could run script or reach local files', () => {
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeExternalUrl('file:///etc/passwd')).toBeNull();
  });

  it('refuses what is not an absolute address', () => {
    expect(safeExternalUrl('www.example.com')).toBeNull();
    expect(safeExternalUrl('')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
    expect(safeExternalUrl(undefined)).toBeNull();
  });
});
