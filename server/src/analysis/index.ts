// The analysis core's public face: what the adapters may import.
export { analyze, looksBinary, lowerCaseWords, MAX_ANALYSED_CHARS } from './analyze';
export { AnalysisCache } from './memo';
export { LineIndex } from './positions';
export type { Position } from './positions';
export { applyEdits, fixAllEdits, settledFixAllEdits } from './edits';
export { RULES, ruleById } from './rules';
export type { Rule } from './rules';
export { parseIgnoreFile, formatIgnoreEntry, contextOf } from './silencing';
export { paragraphAt, sentenceAt } from './document';
export * from './types';
export { parseStyleSheet, styleSheetLine, distinctLine } from './names/styleSheet';
export { mentionAt, mentionsOfEntity, renameEdits } from './names/rename';
