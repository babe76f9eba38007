// Quotation marks and their counterparts one nesting level away: the outer and inner marks of a
// language's typography, as CLDR's delimiters pair them (quotationStart/End with
// alternateQuotationStart/End; see data/quoteLocales.ts): “…” with ‘…’, „…“ with ‚…‘, «…» with ‹…›,
// 「…」 with 『…』. Typewriter marks pair the same way (" with '). Each mark maps to the mark of the
// same shape at the other level, both ways.

/**
 * Double and single marks, each to its counterpart: the two levels English house styles choose
 * between (double outside or single outside), so all that `quotes/style` converts. Guillemets and
 * corner brackets are no part of that choice: a quotation in them keeps its marks when the
 * quotation around it is converted.
 */
export const DOUBLE_SINGLE: Readonly<Record<string, string>> = {
  '“': '‘',
  '”': '’',
  '"': "'",
  '„': '‚',
  '‘': '“',
  '’': '”',
  "'": '"',
  '‚': '„',
};

/**
 * Every mark with a counterpart at the other nesting level: `DOUBLE_SINGLE` plus guillemets and
 * corner brackets. What `quotes/nesting` offers for an inner quotation written in its outer
 * quotation's marks, in whichever family that is.
 */
export const NESTING_ALTERNATE: Readonly<Record<string, string>> = {
  ...DOUBLE_SINGLE,
  '«': '‹',
  '»': '›',
  '‹': '«',
  '›': '»',
  '「': '『',
  '」': '』',
  '『': '「',
  '』': '」',
};
