// A polite live region for "still loading" messages, announced by screen readers.
export function LoadingStatus({ children }: { children: string }) {
  return (
    <p role="status" className="loading-status">
      {children}
    </p>
  );
}
