/** What the pointer is over: a kind of equipment and its index in the layout's list. */
export type HoverTarget = { kind: 'hall' | 'cooling' | 'unit' | 'solar' | 'battery' | 'substation'; index: number };
export type OnHover = (target: HoverTarget | null) => void;
