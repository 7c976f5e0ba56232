/**
 * Exhaustiveness guard for `switch` statements over a union: the compiler rejects the call unless
 * every member has been handled, and at run time it names the unexpected value.
 */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
