/**
 * Plural forms through `Intl.PluralRules`, so each language follows its own
 * rule: English says "0 links" and "1 link", French "0 lien" and "2 liens".
 */
const rules = new Map<string, Intl.PluralRules>();

/** `one` or `other` for `n` under the plural rule of `locale`. */
export function plural(locale: string, n: number, one: string, other: string): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(n) === 'one' ? one : other;
}

/** English plural (en-GB). */
export const pluralEn = (n: number, one: string, other: string): string => plural('en-GB', n, one, other);
