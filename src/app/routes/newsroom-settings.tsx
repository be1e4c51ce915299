// The current newsroom's settings, one section per address: the profile (/newsroom), members
// and their history (/newsroom/members), invitations (/newsroom/invitations) and the verdict
// scale (/newsroom/verdicts). Each section is keyed by newsroom, so switching newsroom never
// shows one newsroom's drafts under another's name.
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';
import type { MemberViewer } from '../../entities/viewer/components/member-viewer';
import { InvitationsSection } from '../../features/newsroom-settings/components/invitations-section';
import { MembersSection } from '../../features/newsroom-settings/components/members-section';
import { MembershipHistory } from '../../features/newsroom-settings/components/membership-history';
import { ProfileForm } from '../../features/newsroom-settings/components/profile-form';
import { SettingsFrame } from '../../features/newsroom-settings/components/settings-frame';
import { settingsSections, type SettingsPath } from '../../features/newsroom-settings/utils/settings-sections';
import { VerdictScaleSection } from '../../features/newsroom-settings/components/verdict-scale-section';

function SectionOf({ path, viewer }: { path: SettingsPath; viewer: MemberViewer }) {
  const newsroomId = viewer.newsroom.id;
  switch (path) {
    case '/newsroom':
      return <ProfileForm newsroomId={newsroomId} />;
    case '/newsroom/members':
      return (
        <>
          <MembersSection viewer={viewer} newsroomId={newsroomId} />
          <MembershipHistory newsroomId={newsroomId} />
        </>
      );
    case '/newsroom/invitations':
      return <InvitationsSection viewer={viewer} newsroomId={newsroomId} />;
    case '/newsroom/verdicts':
      return <VerdictScaleSection newsroomId={newsroomId} />;
  }
}

export function NewsroomSettingsRoute({ path }: { path: SettingsPath }) {
  const label = settingsSections.find((section) => section.path === path)?.label ?? 'Settings';
  return (
    <InCurrentNewsroom>
      {(viewer) => (
        <>
          <title>{`${label} · ${viewer.newsroom.name} · Factmark`}</title>
          <SettingsFrame viewer={viewer} current={path}>
            <SectionOf key={viewer.newsroom.id} path={path} viewer={viewer} />
          </SettingsFrame>
        </>
      )}
    </InCurrentNewsroom>
  );
}
