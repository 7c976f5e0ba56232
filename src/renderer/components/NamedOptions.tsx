/** The `<option>`s of a picker over things with an id and a name (sites, scenarios). */
export function NamedOptions(props: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {props.items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
