// The home page for signed-in users: where the newsroom's claims stand and what waits.
import { ClaimDashboard } from '../../features/dashboard/components/claim-dashboard';

export function DashboardRoute() {
  return (
    <>
      <title>Dashboard · Factmark</title>
      <h1>Dashboard</h1>
      <ClaimDashboard />
    </>
  );
}
