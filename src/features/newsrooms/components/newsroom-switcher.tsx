// The current newsroom in the header: its name, and for people in several newsrooms a
// select to switch to another. The choice is remembered for this user in this browser;
// every page that shows a newsroom's work follows it at once.
import { useId } from 'react';
import { useSwitchNewsroom } from '../../../entities/viewer/hooks/use-switch-newsroom';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import './newsrooms.css';

export function NewsroomSwitcher() {
  const viewer = useViewer();
  const switchNewsroom = useSwitchNewsroom();
  const selectId = useId();
  const data = viewer.data;
  if (data === undefined || data === null || data.newsroom === null) return null;
  if (data.newsrooms.length < 2) {
    return (
      <p className="current-newsroom">
        <span className="visually-hidden">Newsroom: </span>
        {data.newsroom.name}
      </p>
    );
  }
  return (
    <div className="newsroom-switcher">
      <label htmlFor={selectId}>Newsroom</label>
      <select id={selectId} value={data.newsroom.id} onChange={(event) => switchNewsroom(data, event.target.value)}>
        {data.newsrooms.map((newsroom) => (
          <option key={newsroom.id} value={newsroom.id}>
            {newsroom.name}
          </option>
        ))}
      </select>
    </div>
  );
}
