// Loads who is signed in for pages that show a newsroom's work, and hands over the viewer
// with their current newsroom; a user in no newsroom is told plainly that there is nothing
// for them to see until they join one (or, where the page says so, shown how to join).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Viewer, ViewerNewsroom } from '../api/get-viewer';
import { SignedInViewer } from './signed-in-viewer';

export type MemberViewer = Viewer & { newsroom: ViewerNewsroom; role: NonNullable<Viewer['role']> };

export function isMember(viewer: Viewer): viewer is MemberViewer {
  return viewer.newsroom !== null && viewer.role !== null;
}

export function NoNewsroom() {
  return (
    <p className="no-newsroom">
      You are not a member of any newsroom yet, so there is no work to show you: a newsroom&apos;s unpublished
      work is seen only by its members. <Link to="/">Accept an invitation or start a newsroom</Link>
    </p>
  );
}

interface InCurrentNewsroomProps {
  children: (viewer: MemberViewer) => ReactNode;
  /** What a signed-in user in no newsroom sees instead; a plain message by default. */
  outsider?: (viewer: Viewer) => ReactNode;
}

export function InCurrentNewsroom({ children, outsider = () => <NoNewsroom /> }: InCurrentNewsroomProps) {
  return <SignedInViewer>{(viewer) => (isMember(viewer) ? children(viewer) : outsider(viewer))}</SignedInViewer>;
}
