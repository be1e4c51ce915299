// The frame of a newsroom's settings: its heading and the four sections' navigation, the
// current one marked for screen readers. Admins only; anyone else is told who may.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { settingsSections, type SettingsPath } from '../utils/settings-sections';
import './newsroom-settings.css';

export function SettingsFrame({ viewer, current, children }: { viewer: MemberViewer; current: SettingsPath; children: ReactNode }) {
  if (viewer.role !== 'admin') {
    return (
      <div className="settings-page">
        <h1>Newsroom settings</h1>
        <p role="status">
          Only the admins of {viewer.newsroom.name} change its profile, members, invitations and verdict scale. Ask one of them
          if something here needs to change.
        </p>
      </div>
    );
  }
  return (
    <div className="settings-page">
      <h1>
        Newsroom settings <span className="settings-newsroom">{viewer.newsroom.name}</span>
      </h1>
      <nav aria-label="Newsroom settings">
        <ul className="settings-nav">
          {settingsSections.map((section) => (
            <li key={section.path}>
              <Link to={section.path} aria-current={section.path === current ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
