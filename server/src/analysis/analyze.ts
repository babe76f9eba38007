// The one pass: text in, one Analysis out. Every adapter (LSP server, CLI) calls this and only
// reads what it returns.

import { buildDocument } from './document';
import { checkQuotations } from './quotes';
import { checkNames } from './names';
import { checkAttribution } from './attribution';
import { applySilencing } from './silencing';
import { ruleById } from './rules';
import type { Analysis, AnalysisOptions, Finding, Severity } from './types';
import { AnalysisCache } from './memo';
import type { WordSet } from './names/model';

/** What an analysis learnt beside what it reports (the Analysis itself holds only that). */
const besides = new WeakMap<Analysis, { lowercase: WordSet }>();

/**
 * The words `analysis`'s draft writes in lower case, as the names check read them: an ordinary
 * word ("award") is no name whatever its capital elsewhere. Answers for the latest analysis of a
 * draft made with its cache (the set is the cache's).
 */
export function lowerCaseWords(analysis: Analysis): WordSet | undefined {
  return besides.get(analysis)?.lowercase;
}

/**
 * Past this many UTF-16 characters (about 800,000 words) only the first part is read, cut at a
 * paragraph break, and the Analysis says so in `notice`: a 50 MB log pasted into a draft must not
 * freeze the editor, and a silent partial check would be worse than a stated one.
 */
export const MAX_ANALYSED_CHARS = 5_000_000;

/** Text that is mostly not text (NUL bytes, replacement characters from bad UTF-8). */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad / n > 0.1;
}

function settingFor(options: AnalysisOptions, rule: string): { enabled: boolean; severity?: Severity } {
  const rules = options.rules ?? {};
  const family = rule.split('/')[0];
  const r = rules[rule] ?? {};
  const f = rules[family] ?? {};
  return { enabled: (r.enabled ?? f.enabled ?? true) !== false, severity: r.severity ?? f.severity };
}

function configure(findings: Finding[], options: AnalysisOptions): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = settingFor(options, f.rule);
    if (!s.enabled) continue;
    const severity = s.severity ?? ruleById(f.rule)!.severity;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}

/** A style sheet is compared by identity (it can be large): the server keeps one object per file read. */
const sheetIds = new WeakMap<object, number>();
let sheetsSeen = 0;
function optionsKey(options: AnalysisOptions): string {
  let sheet = 0;
  if (options.styleSheet) {
    sheet = sheetIds.get(options.styleSheet) ?? ++sheetsSeen;
    sheetIds.set(options.styleSheet, sheet);
  }
  return JSON.stringify([options.format, options.quoteLocale, options.quoteStyle, options.loadedVerbs, sheet]);
}

/**
 * `cache` is what the analyses of earlier versions of the same draft left (the editor keeps one per
 * open draft): paragraphs unchanged since then are not read again. The result is the same as
 * without it.
 */
export function analyze(fullText: string, options: AnalysisOptions = {}, cache?: AnalysisCache): Analysis {
  let text = fullText;
  let notice: string | undefined;
  if (looksBinary(fullText)) {
    const doc = buildDocument('', options.format);
    return {
      document: { ...doc, text: fullText, prose: '' },
      quotations: [],
      mentions: [],
      entities: [],
      attributions: [],
      findings: [],
      quoteLocale: 'en',
      notice: 'Copydesk did not check this file: it looks binary (NUL bytes or invalid text), not a draft.',
    };
  }
  if (fullText.length > MAX_ANALYSED_CHARS) {
    const cut = fullText.lastIndexOf('\n\n', MAX_ANALYSED_CHARS);
    text = fullText.slice(0, cut > MAX_ANALYSED_CHARS / 2 ? cut : MAX_ANALYSED_CHARS);
    notice =
      `Copydesk checked the first ${text.length.toLocaleString('en')} of ${fullText.length.toLocaleString('en')} characters ` +
      `(the limit is ${MAX_ANALYSED_CHARS.toLocaleString('en')}); split the file to check the rest.`;
  }

  cache?.begin(optionsKey(options));
  const doc = buildDocument(text, options.format ?? 'plaintext', cache?.document);
  if (cache) cache.document = doc;
  const quotes = checkQuotations(doc, options, cache);
  const names = checkNames(doc, quotes.quotations, options, cache);
  const attribution = checkAttribution(doc, quotes.quotations, names, options, cache);

  let findings = [...quotes.findings, ...names.findings, ...attribution.findings];
  findings = applySilencing(doc, configure(findings, options), options.ignored);
  findings.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));

  const analysis: Analysis = {
    document: doc,
    quotations: quotes.quotations,
    mentions: names.mentions,
    entities: names.entities,
    attributions: attribution.attributions,
    findings,
    quoteLocale: quotes.locale,
    notice,
  };
  besides.set(analysis, { lowercase: names.lowercase });
  return analysis;
}
