/** What each view not yet built will hold, said plainly; no placeholder numbers. */
const PLANS: Record<string, { title: string; text: string }> = {
  compare: {
    title: 'Compare',
    text: 'Two to four scenarios of a site side by side — cost, LCOE, CO2, availability, grid peak, residential bill change and time-to-power — with the differences highlighted. It needs the hourly power model and arrives with the workbench (issue 7).',
  },
  'rate-impact': {
    title: 'Rate impact',
    text: 'The residential bill change in USD per month for a site under grid-only, hybrid and islanded supply, under two cost-allocation methods, with every input editable and traceable. Arrives with the rate-impact engine (issue 5) and the workbench (issue 7).',
  },
  assumptions: {
    title: 'Assumptions',
    text: 'The mathjs assumption sheets as a table — name, formula, value with unit, source — with editable formulas and inputs checked as you type. Arrives with the power model (issue 3) and the workbench (issue 7).',
  },
  '3d': {
    title: '3D site view',
    text: 'The campus generated from the model — data halls per phase, substation and lines, turbines, solar field, batteries — animated by the hourly dispatch, a portfolio map of the United States, and a presentation mode (issue 8).',
  },
  runs: {
    title: 'Runs',
    text: 'Optimization, Monte Carlo reliability and sensitivity runs with progress and cancel, and the run history stored in the project (issue 6).',
  },
};

export function PlannedView(props: { view: keyof typeof PLANS }) {
  const plan = PLANS[props.view];
  if (!plan) return null;
  return (
    <section aria-labelledby="planned-title" className="planned">
      <h1 id="planned-title">{plan.title}</h1>
      <p className="planned-text">{plan.text}</p>
      <p className="note">Not built yet — this view shows no numbers until it is.</p>
    </section>
  );
}
