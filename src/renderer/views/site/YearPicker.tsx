/**
 * The year a site is simulated in: its design year by default (the first full year of its whole
 * build, the same for every scenario), or another the planner picks. The design year comes from the
 * engine with the first result, so the list waits for it.
 */
export function YearPicker(props: { id: string; designYear: number | null; year: number | undefined; onChange: (year: number | null) => void }) {
  const { designYear } = props;
  if (designYear === null) return null;
  const years = new Set<number>();
  for (let y = designYear - 3; y <= designYear + 5; y++) years.add(y);
  if (props.year !== undefined) years.add(props.year);
  return (
    <span className="field-inline">
      <label htmlFor={props.id}>Year</label>
      <select id={props.id} value={props.year ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{designYear} (design year)</option>
        {[...years]
          .sort((a, b) => a - b)
          .filter((y) => y !== designYear)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </span>
  );
}
