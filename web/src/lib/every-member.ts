/**
 * Lists the members of a string union in display order; the compiler refuses the list when one is missing.
 * Usage: `everyMember<Role>()(['admin', 'regulator', …])`.
 */
export function everyMember<T extends string>() {
  return <const L extends readonly T[]>(values: L & ([T] extends [L[number]] ? unknown : 'missing a member')): L => values;
}
