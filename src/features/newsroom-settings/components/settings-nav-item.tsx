// The navigation's "Newsroom" entry, to the current newsroom's settings, for its admins.
import { Link } from 'wouter';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';

export function SettingsNavItem() {
  const viewer = useViewer();
  if (viewer.data?.role !== 'admin') return null;
  return (
    <li>
      <Link to="/newsroom">Newsroom</Link>
    </li>
  );
}
