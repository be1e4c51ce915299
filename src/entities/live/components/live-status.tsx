// A discreet line in the header while live updates are interrupted (realtime-js reconnects by
// itself; the pages refetch on rejoin). Nothing is shown while they work.
import { useLiveNewsroom } from '../hooks/use-live-newsroom';

export function LiveStatus() {
  const state = useLiveNewsroom();
  return (
    <p className="live-status" role="status">
      {state === 'interrupted' ? 'Live updates interrupted: reconnecting…' : ''}
    </p>
  );
}
