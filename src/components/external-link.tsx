// A link out of Factmark: only http(s) addresses become links (anything else is shown as
// text), they open in a new tab without handing the new page a reference to this one, and
// screen readers are told so.
import type { ReactNode } from 'react';
import { safeExternalUrl } from '../lib/safe-external-url';

export function ExternalLink({
  href,
  className,
  children,
}: {
  href: string | null | undefined;
  className?: string;
  children: ReactNode;
}) {
  const safeHref = safeExternalUrl(href);
  if (safeHref === null) return <>{children}</>;
  return (
    <a className={className} href={safeHref} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
