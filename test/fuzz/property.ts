// fc.assert, but a failure says which check broke: fast-check 4 keeps the assertion's own message
// in `cause`, which the node:test reporter does not print.

import fc from 'fast-check';

export function assertProperty<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts>,
  params: fc.Parameters<Ts>,
): void {
  const details = fc.check(property, params);
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n\n${fc.defaultReportMessage(details)}`);
}
