/**
 * Writes a YAML file the way a careful person would edit it by hand: only the lines whose
 * values changed are rewritten, and everything else (comments, quotes, `[flow, lists]`, folded
 * text, blank lines) stays byte for byte. The editor at /admin/ saves through this, so a
 * volunteer's change shows in a pull request as the few lines it really changed.
 *
 * How: the original is parsed with `yaml`, whose nodes know where they sit in the text. The new
 * data is compared with it, map by map and list by list; an unchanged value keeps its lines, a
 * changed one is written afresh at the same indentation, a removed one loses its lines (with the
 * comment lines above it), a new one is written where the form lists it. Lists are aligned by
 * content, so adding or removing a source does not touch the others. Where a change cannot be
 * made in place (a list item that changes its first key), the item is written afresh.
 */
import { Document, isMap, isScalar, isSeq, type Node as YamlNode, parseDocument, Scalar, visit, type YAMLMap, type YAMLSeq } from 'yaml';

/** The order the form lists fields in, per level: `nested` holds a field's own fields (for a list, its items' fields). */
export type KeyOrder = { keys: readonly string[]; nested: Readonly<Record<string, KeyOrder>> };

const NO_ORDER: KeyOrder = { keys: [], nested: {} };

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Equal as data: the same values, whatever the order of keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameData(a[key], b[key]));
  }
  return a === b;
}

const rank = (order: KeyOrder, key: string) => {
  const index = order.keys.indexOf(key);
  return index === -1 ? order.keys.length : index;
};

/** The data with each map's keys in the form's order (keys the form does not know keep their order, last). */
function inFormOrder(value: unknown, order: KeyOrder): unknown {
  if (Array.isArray(value)) return value.map((item) => inFormOrder(item, order));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value).sort((a, b) => rank(order, a) - rank(order, b));
  return Object.fromEntries(keys.map((key) => [key, inFormOrder(value[key], order.nested[key] ?? NO_ORDER)]));
}

/**
 * New YAML in the style of the content files: short lists of words inline (`[tue, wed]`), times
 * in quotes ("08:30", as the contract asks), long sentences folded (`>-`), text with line breaks
 * kept literally (`|-`).
 */
export function freshYaml(value: unknown, order: KeyOrder = NO_ORDER): string {
  const doc = new Document(inFormOrder(value, order));
  visit(doc, {
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (/^\d+(?::\d+)+$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (node.value.length > 72 && node.value.includes(' ')) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  return doc.toString({ lineWidth: 80, flowCollectionPadding: false });
}

/** Lines of `text` without the empty string after its final newline. */
const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');

type Edit = { from: number; to: number; lines: string[] };

/** The original text with the new data written into it, changing only what changed. */
export function editYaml(original: string, value: unknown, order: KeyOrder = NO_ORDER): string {
  const doc = parseDocument(original);
  if (doc.errors.length > 0 || !doc.contents) return freshYaml(value, order);
  const editor = new LineEditor(original, doc);
  if (!editor.diff(doc.contents, value, order)) {
    // The whole document changed shape (a list became a map): keep only its opening comment.
    const firstLine = editor.lineOf(doc.contents.range![0]);
    return [...editor.lines.slice(0, firstLine), ...linesOf(freshYaml(value, order))].join('\n') + '\n';
  }
  return editor.result();
}

class LineEditor {
  readonly lines: string[];
  private readonly starts: number[] = [];
  private readonly edits: Edit[] = [];

  constructor(
    private readonly text: string,
    private readonly doc: Document,
  ) {
    this.lines = text.split('\n');
    let offset = 0;
    for (const line of this.lines) {
      this.starts.push(offset);
      offset += line.length + 1;
    }
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The last line a node's value occupies (a block scalar's range ends after its newline). */
  private lastLine(node: YamlNode | null | undefined, fallback: number): number {
    if (!node?.range) return this.lineOf(fallback);
    return this.lineOf(Math.max(node.range[0], node.range[1] - 1));
  }

  /** Lines of each child: `own` is where it starts, `first` includes the comment lines above it. */
  private spans(starts: number[], ends: number[]) {
    const spans: { own: number; first: number; last: number }[] = [];
    starts.forEach((start, index) => {
      const own = this.lineOf(start);
      const first = index === 0 ? own : spans[index - 1].last + 1;
      spans.push({ own, first, last: Math.max(own, ends[index]) });
    });
    return spans;
  }

  private js(node: YamlNode | null | undefined): unknown {
    return node ? node.toJS(this.doc) : null;
  }

  /** Records the edits that turn `node` into `value`; false when it cannot be done inside the node. */
  diff(node: YamlNode, value: unknown, order: KeyOrder): boolean {
    if (sameData(this.js(node), value)) return true;
    if (isMap(node) && !node.flow && isRecord(value) && Object.keys(value).length > 0) return this.diffMap(node, value, order);
    if (isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0) return this.diffSeq(node, value, order);
    return false;
  }

  private diffMap(map: YAMLMap, value: Data, order: KeyOrder): boolean {
    const pairs = map.items.filter((pair) => isScalar(pair.key) && pair.key.range);
    if (pairs.length !== map.items.length || pairs.length === 0) return false;
    const keyOf = (index: number) => String((pairs[index].key as Scalar).value);
    const keyStart = (index: number) => (pairs[index].key as Scalar).range![0];
    const spans = this.spans(
      pairs.map((_, index) => keyStart(index)),
      pairs.map((pair) => this.lastLine(pair.value as YamlNode | null, (pair.key as Scalar).range![1])),
    );
    const firstStart = keyStart(0);
    const prefix = this.text.slice(this.starts[spans[0].own], firstStart);
    const column = prefix.length;
    // In a list item the first key shares its line with "- ": it cannot go or move without the item.
    const sharesLine = prefix.trim() !== '';
    const keys = pairs.map((_, index) => keyOf(index));

    for (const [index, key] of keys.entries()) {
      const pair = pairs[index];
      const span = spans[index];
      const inner = order.nested[key] ?? NO_ORDER;
      if (!(key in value) || value[key] === undefined) {
        if (index === 0 && sharesLine) return false;
        this.edits.push({ from: span.first, to: span.last + 1, lines: [] });
      } else if (!sameData(this.js(pair.value as YamlNode | null), value[key])) {
        if (pair.value && this.diff(pair.value as YamlNode, value[key], inner)) continue;
        const ownPrefix = index === 0 ? prefix : this.text.slice(this.starts[span.own], keyStart(index));
        this.edits.push({ from: span.own, to: span.last + 1, lines: this.pairLines(key, value[key], inner, ownPrefix, column) });
      }
    }

    const added = Object.keys(value)
      .filter((key) => !keys.includes(key) && value[key] !== undefined)
      .sort((a, b) => rank(order, a) - rank(order, b));
    for (const key of added) {
      // After the existing key the form lists just before it; before every key if none is.
      const before = keys.map((existing, index) => ({ existing, index })).filter(({ existing }) => rank(order, existing) <= rank(order, key));
      const after = before.at(-1);
      if (!after && sharesLine) return false;
      const at = after ? spans[after.index].last + 1 : spans[0].own;
      this.insert(at, this.pairLines(key, value[key], order.nested[key] ?? NO_ORDER, ' '.repeat(column), column));
    }
    return true;
  }

  private diffSeq(seq: YAMLSeq, value: unknown[], order: KeyOrder): boolean {
    const items = seq.items as (YamlNode | null)[];
    if (items.some((item) => !item?.range)) return false;
    const nodes = items as YamlNode[];
    const spans = this.spans(
      nodes.map((item) => item.range![0]),
      nodes.map((item) => this.lastLine(item, item.range![1])),
    );
    const dashColumn = (index: number) => {
      const before = this.text.slice(this.starts[spans[index].own], nodes[index].range![0]);
      return Math.max(0, before.lastIndexOf('-'));
    };
    const column = nodes.length > 0 ? dashColumn(0) : 0;
    const itemLines = (item: unknown) => this.indent(linesOf(freshYaml([item], order)), ' '.repeat(column), column);

    let cursor = spans.length > 0 ? spans[0].own : 0; // where an item that comes before every kept one goes
    for (const step of align(
      nodes.map((node) => this.js(node)),
      value,
    )) {
      if (step.kind === 'keep') cursor = spans[step.from].last + 1;
      else if (step.kind === 'remove') {
        this.edits.push({ from: spans[step.from].first, to: spans[step.from].last + 1, lines: [] });
        cursor = spans[step.from].last + 1;
      } else if (step.kind === 'change') {
        const span = spans[step.from];
        cursor = span.last + 1;
        if (this.diff(nodes[step.from], value[step.to], order)) continue;
        this.edits.push({ from: span.own, to: span.last + 1, lines: itemLines(value[step.to]) });
      } else this.insert(cursor, itemLines(value[step.to]));
    }
    return true;
  }

  private pairLines(key: string, value: unknown, order: KeyOrder, prefix: string, column: number): string[] {
    return this.indent(linesOf(freshYaml({ [key]: value }, { keys: [key], nested: { [key]: order } })), prefix, column);
  }

  private indent(lines: string[], prefix: string, column: number): string[] {
    return lines.map((line, index) => (index === 0 ? prefix + line : line === '' ? line : ' '.repeat(column) + line));
  }

  /** Several insertions at one line keep the order they were made in. */
  private insert(at: number, lines: string[]) {
    const existing = this.edits.find((edit) => edit.from === at && edit.to === at);
    if (existing) existing.lines.push(...lines);
    else this.edits.push({ from: at, to: at, lines });
  }

  result(): string {
    const lines = [...this.lines];
    // Bottom up, so earlier line numbers stay right; at one line, a replacement before an insertion.
    const edits = [...this.edits].sort((a, b) => b.from - a.from || b.to - b.from - (a.to - a.from));
    for (const edit of edits) lines.splice(edit.from, edit.to - edit.from, ...edit.lines);
    return lines.join('\n');
  }
}

type Step = { kind: 'keep' | 'change'; from: number; to: number } | { kind: 'remove'; from: number } | { kind: 'add'; to: number };

/**
 * Pairs the items of two lists by content (longest common subsequence), so that adding or
 * removing one item leaves the others alone. A removal next to an addition is a change of
 * that item, so editing one phone number rewrites that phone only.
 */
function align(before: unknown[], after: unknown[]): Step[] {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i -= 1)
    for (let j = after.length - 1; j >= 0; j -= 1)
      lengths[i][j] = sameData(before[i], after[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && sameData(before[i], after[j])) steps.push({ kind: 'keep', from: i++, to: j++ });
    else if (i < before.length && j < after.length && lengths[i + 1][j] === lengths[i][j + 1]) steps.push({ kind: 'change', from: i++, to: j++ });
    else if (j < after.length && (i === before.length || lengths[i][j + 1] >= lengths[i + 1][j])) steps.push({ kind: 'add', to: j++ });
    else steps.push({ kind: 'remove', from: i++ });
  }
  return steps;
}
