/** A number as people write it, split into its digits; see splitDecimal. */
export interface DecimalParts {
  negative: boolean;
  /** Digits before the decimal separator, without grouping ('' for ",5"). */
  whole: string;
  /** Digits after it ('' when there is none). */
  fraction: string;
  /** The separator when it is the only one and occurs once ("1.234", "12,5"): it could group thousands as well. */
  lone: '.' | ',' | null;
}

const isGrouped = (text: string, separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(text);

/**
 * Reads "1234.56", "1.234,56", "1234,56", "-12.5", "1,234,567.89" from the digits alone (no
 * floating point): with both separators the last one is the decimal separator and the other groups
 * thousands; a separator that occurs more than once groups thousands; a lone one is taken as the
 * decimal separator and reported, so that callers may refuse what could be either. null when the
 * text is not a number written this way.
 */
export function splitDecimal(text: string): DecimalParts | null {
  const negative = text[0] === '-' || text[0] === '−';
  const body = negative || text[0] === '+' ? text.slice(1) : text;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    const whole = body.slice(0, at);
    if (whole.includes(decimal) || !isGrouped(whole, grouping)) return null;
    return { negative, whole: whole.split(grouping).join(''), fraction: body.slice(at + 1), lone: null };
  }
  if (dot < 0 && comma < 0) return { negative, whole: body, fraction: '', lone: null };
  const separator = dot >= 0 ? '.' : ',';
  const parts = body.split(separator);
  if (parts.length === 2) return { negative, whole: parts[0]!, fraction: parts[1]!, lone: separator };
  if (!isGrouped(body, separator)) return null;
  return { negative, whole: parts.join(''), fraction: '', lone: null };
}
