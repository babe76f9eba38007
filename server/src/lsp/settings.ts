// The `copydesk.*` settings as the client sends them, turned into analysis options. Anything
// malformed falls back to the default: a typo in settings.json must not stop the checks.

import type { AnalysisOptions, RuleSetting, Severity } from '../analysis';
import { isQuoteStyle, type QuoteStyle } from '../workspaceFiles';

export interface Settings {
  enable: boolean;
  languages: string[];
  rules: Record<string, RuleSetting>;
  quoteLocale: string;
  /** `auto` leaves it to the workspace's .copydesk/settings.json, then to the draft. */
  quoteStyle: QuoteStyle;
  styleSheet: string;
  loadedVerbs?: string[];
  /** Milliseconds a quote finding at the caret waits for the user to pause. */
  holdBack: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['plaintext', 'markdown', 'press-release'],
  rules: {},
  quoteLocale: 'auto',
  quoteStyle: 'auto',
  styleSheet: '.copydesk/names.txt',
  holdBack: 750,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

function ruleSettings(raw: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    if (v === 'off' || v === false) out[id] = { enabled: false };
    else if (v === 'on' || v === true) out[id] = { enabled: true };
    else if (typeof v === 'string' && SEVERITIES.has(v)) out[id] = { enabled: true, severity: v as Severity };
  }
  return out;
}

export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    languages: Array.isArray(r.languages)
      ? r.languages.filter((x): x is string => typeof x === 'string')
      : DEFAULT_SETTINGS.languages,
    rules: ruleSettings(r.rules),
    quoteLocale: typeof r.quoteLocale === 'string' && r.quoteLocale ? r.quoteLocale : DEFAULT_SETTINGS.quoteLocale,
    quoteStyle: isQuoteStyle(r.quoteStyle) ? r.quoteStyle : DEFAULT_SETTINGS.quoteStyle,
    styleSheet: typeof r.styleSheet === 'string' && r.styleSheet ? r.styleSheet : DEFAULT_SETTINGS.styleSheet,
    loadedVerbs: Array.isArray(r.loadedVerbs)
      ? r.loadedVerbs.filter((x): x is string => typeof x === 'string')
      : undefined,
    holdBack:
      typeof r.holdBack === 'number' && r.holdBack >= 0 && r.holdBack <= 10000 ? r.holdBack : DEFAULT_SETTINGS.holdBack,
  };
}

export function analysisOptions(
  settings: Settings,
  languageId: string,
  extra: Partial<AnalysisOptions>,
): AnalysisOptions {
  return {
    format: languageId === 'markdown' ? 'markdown' : 'plaintext',
    quoteLocale: settings.quoteLocale,
    rules: settings.rules,
    loadedVerbs: settings.loadedVerbs,
    ...extra,
  };
}
