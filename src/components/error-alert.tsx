// An assertive message for something that went wrong, announced as soon as it appears.
import type { ReactNode } from 'react';

export function ErrorAlert({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="alert" className="error-alert">
      <p className="error-alert-title">{title}</p>
      {children}
    </div>
  );
}
