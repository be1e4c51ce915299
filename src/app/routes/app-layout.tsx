// The frame around every page: a header with the app's name and, when signed in, the
// current newsroom (with a switcher for people in several), the navigation (the review queue, with its count, for editors and admins), the user's
// email and Sign out; then the page itself in <main>.
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { LiveStatus } from '../../entities/live/components/live-status';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { useSession } from '../../features/auth/hooks/use-session';
import { SettingsNavItem } from '../../features/newsroom-settings/components/settings-nav-item';
import { NewsroomSwitcher } from '../../features/newsrooms/components/newsroom-switcher';
import { ReviewNavItem } from '../../features/review/components/review-nav-item';

export function AppLayout({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const [pathname] = useLocation();
  const shownPath = useRef(pathname);

  // After a client-side navigation the focus would stay on a link or button that is gone;
  // start keyboard and screen reader users at the new page's content instead.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    // A page that put the focus somewhere itself (a form's first field) keeps it there.
    if (mainRef.current?.contains(document.activeElement) === true) return;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/articles" className="brand">
            Factmark
          </Link>
          {session !== null && (
            <>
              <NewsroomSwitcher />
              <nav aria-label="Main">
                <ul className="nav-list">
                  <li>
                    <Link to="/">Dashboard</Link>
                  </li>
                  <li>
                    <Link to="/articles">Articles</Link>
                  </li>
                  <li>
                    <Link to="/my-work">My work</Link>
                  </li>
                  <ReviewNavItem />
                  <SettingsNavItem />
                </ul>
              </nav>
              <LiveStatus />
              <div className="account">
                <span className="account-email">{session.user.email}</span>
                <SignOutButton />
              </div>
            </>
          )}
        </div>
      </header>
      <main id="main" ref={mainRef} className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
