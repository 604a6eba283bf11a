import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { yamlMessage } from './yaml-hints';

/** A problem in a content file, at a line of that file (1-based). */
export interface LineProblem {
  line: number;
  message: string;
}

export interface YamlSource {
  value: unknown;
  problems: LineProblem[];
  /** The file line of the value at `path`, or of its nearest parent present in the YAML. */
  lineOf(path: readonly PropertyKey[]): number;
}

function childOf(node: unknown, key: PropertyKey): { node: unknown; keyNode?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    return pair && isPair(pair) ? { node: pair.value, keyNode: pair.key as Node } : undefined;
  }
  if (isSeq(node) && typeof key === 'number' && key < node.items.length) return { node: node.items[key] };
  return undefined;
}

/** Parses YAML that starts at `firstLine` of its file (front matter starts after its `---`). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  // One syntax error makes the parser stumble on the lines after it: only the first is worth reading.
  const problems = (doc.errors.length > 0 ? doc.errors.slice(0, 1) : doc.warnings).map((error) => ({
    line: fileLine(error.pos[0]),
    message: yamlMessage(error.message),
  }));
  const startOf = (node: unknown) => (node as Node | null)?.range?.[0];
  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS();
    } catch (error) {
      // An alias to no anchor (`title: *star`) parses, and only fails here: it is still the file's mistake.
      let offset = 0;
      visit(doc, {
        Alias(_key, node) {
          offset = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      problems.push({ line: fileLine(offset), message: yamlMessage((error as Error).message) });
    }
  }
  return {
    value,
    problems,
    lineOf(path) {
      let node: unknown = doc.contents;
      let offset = startOf(node) ?? 0;
      for (const key of path) {
        const child = childOf(node, key);
        if (!child) break;
        // An empty value (`url:`) has no range of its own: its key's line is the place to look.
        offset = startOf(child.node) ?? startOf(child.keyNode) ?? offset;
        node = child.node;
      }
      return fileLine(offset);
    },
  };
}
