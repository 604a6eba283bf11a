// The YAML parser's messages speak of "compact mappings" and "implicit keys"; a comms person needs to know what
// to change. Each hint covers a mistake docs/feed-format.md warns about ("YAML tips").

const HINTS: readonly [RegExp, string][] = [
  [
    /Nested mappings are not allowed in compact mappings/,
    'a value with ": " in it needs quotes: title: "Report: 38% less"',
  ],
  [/Comments must be separated/, 'a value with "#" in it needs quotes: terms: ["#LumenEmployee"]'],
  [/Implicit (map )?keys need/, 'each line is "field: value": is a colon missing?'],
  [/Map keys must be unique/, 'this field is given twice'],
  [/reserved character|Unresolved alias/, 'a value that starts with @, `, * or & needs quotes'],
  [/Tabs are not allowed/, 'indent with spaces'],
];

/** The parser's message, with what to do about it when the mistake is a common one. */
export function yamlMessage(parserMessage: string): string {
  const hint = HINTS.find(([pattern]) => pattern.test(parserMessage))?.[1];
  return `not valid YAML: ${parserMessage}${hint ? ` (${hint})` : ''}`;
}
