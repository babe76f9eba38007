// The one way a check makes a finding, so that a finding's severity is always the catalogue's.

import { ruleById, type RuleId } from './rules';
import type { Finding, Fix, Related } from './types';

/** The one way a check makes a finding: the severity is the catalogue's. */
export function finding(
  rule: RuleId,
  message: string,
  offset: number,
  length: number,
  extra: { related?: Related[]; fixes?: Fix[] } = {},
): Finding {
  return {
    rule,
    severity: ruleById(rule)!.severity,
    message,
    offset,
    length,
    related: extra.related ?? [],
    fixes: extra.fixes ?? [],
  };
}
