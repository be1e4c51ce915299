// Keeps a page joined to a Realtime topic while it is shown. Messages go to the latest
// handler without rejoining; after an interruption, the first rejoin calls onRejoined so the
// page refetches what it may have missed meanwhile.
import { useEffect, useRef, useState } from 'react';
import { subscribeToTopic, type LiveMessage, type LiveState } from '../api/subscribe-to-topic';

export function useLiveTopic(
  topic: string | null,
  { onMessage, onRejoined }: { onMessage: (message: LiveMessage) => void; onRejoined: () => void },
): LiveState {
  const handlers = useRef({ onMessage, onRejoined });
  useEffect(() => {
    handlers.current = { onMessage, onRejoined };
  });
  const [state, setState] = useState<LiveState>('joining');

  useEffect(() => {
    if (topic === null) return;
    let interrupted = false;
    const leave = subscribeToTopic(
      topic,
      (message) => handlers.current.onMessage(message),
      (next) => {
        if (next === 'interrupted') interrupted = true;
        if (next === 'live' && interrupted) {
          interrupted = false;
          handlers.current.onRejoined();
        }
        setState(next);
      },
    );
    return leave;
  }, [topic]);

  return state;
}
