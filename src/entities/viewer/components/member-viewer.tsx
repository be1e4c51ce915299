// Loads who is signed in for pages that show a newsroom's work, and hands over the viewer
// with their current newsroom; a user in no newsroom is told plainly that there is nothing
// for them to see until they join one.
import type { ReactNode } from 'react';
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
      work is seen only by its members. Ask a newsroom&apos;s admin to invite you.
    </p>
  );
}

export function InCurrentNewsroom({ children }: { children: (viewer: MemberViewer) => ReactNode }) {
  return <SignedInViewer>{(viewer) => (isMember(viewer) ? children(viewer) : <NoNewsroom />)}</SignedInViewer>;
}
