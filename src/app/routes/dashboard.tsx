// Dashboard (being built for issue 4).
export function DashboardRoute() {
  return (
    <>
      <title>Dashboard · Factmark</title>
      <h1>Dashboard</h1>
    </>
  );
}
