// Lets only http(s) addresses become outbound links, so a stored "javascript:" URL can
// never run script when clicked.

export function safeExternalUrl(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
