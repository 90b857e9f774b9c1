import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Salesforce's own page objects (npm salesforce-pageobjects: UTAM JSON, one file per Lightning component),
 * read at test time. Each element is declared either inside its host's shadow root or in its light DOM
 * (slotted or nested children); an element whose type is another page object continues in that file.
 */
export interface UtamElement {
  name: string;
  css: string;
  scope: 'shadow' | 'light';
  /** The page object this element is the root of, e.g. utam-records/pageObjects/recordLayoutItem. */
  type?: string;
  children: UtamElement[];
  parent?: UtamElement;
  file: string;
}

/** One step of a resolved chain: find `css` from the previous element, in its shadow root or light DOM. */
export interface ChainStep {
  label: string;
  css: string;
  scope: 'shadow' | 'light';
}

interface RawElement {
  name: string;
  selector?: { css?: string };
  type?: string | string[];
  elements?: RawElement[];
  shadow?: { elements?: RawElement[] };
}

const packageDir = path.dirname(require.resolve('salesforce-pageobjects/package.json'));
const manifest: Record<string, string> = JSON.parse(
  readFileSync(path.join(packageDir, 'dist', 'utam.manifest.json'), 'utf8'),
).pageObjects;

export const UTAM_VERSION: string = JSON.parse(
  readFileSync(path.join(packageDir, 'package.json'), 'utf8'),
).version;

const cache = new Map<string, { root?: string; elements: UtamElement[] }>();

/** A page object file by its short name ("records/recordLayoutItem") or its type (utam-records/pageObjects/…). */
export function pageObject(name: string): { root?: string; elements: UtamElement[] } {
  const file = fileOf(name);
  const cached = cache.get(file);
  if (cached) return cached;
  const json = JSON.parse(readFileSync(path.join(packageDir, 'dist', `${file}.utam.json`), 'utf8'));
  const elements: UtamElement[] = [];
  const read = (raw: RawElement[] | undefined, scope: 'shadow' | 'light', parent?: UtamElement) => {
    for (const element of raw ?? []) {
      const type = typeof element.type === 'string' && element.type.includes('/') ? element.type : undefined;
      const node: UtamElement = {
        name: element.name,
        css: element.selector?.css ?? '',
        scope,
        type,
        children: [],
        parent,
        file,
      };
      (parent ? parent.children : elements).push(node);
      read(element.shadow?.elements, 'shadow', node);
      read(element.elements, 'light', node);
    }
  };
  read(json.shadow?.elements, 'shadow');
  read(json.elements, 'light');
  const result = { root: json.selector?.css as string | undefined, elements };
  cache.set(file, result);
  return result;
}

function fileOf(name: string): string {
  if (!name.startsWith('utam-')) return name;
  const entry = manifest[name];
  if (!entry) throw new Error(`salesforce-pageobjects has no page object ${name}`);
  return entry.replace(/^package\/dist\//, '').replace(/\.utam\.json$/, '');
}

/** The element `name` of a page object file, searched through its nested elements. */
export function elementOf(file: string, name: string): UtamElement {
  const found = findNamed(pageObject(file).elements, name);
  if (!found) throw new Error(`${file}.utam.json declares no element "${name}"`);
  return found;
}

/**
 * Resolves "records/recordLayoutItem outputField" style chains: the first word is a page object file,
 * each next word an element (`name(arg, …)` fills UTAM's %s / %d), looked up in the previous element's
 * nested elements, then in the page object it is the root of. Enclosing elements are walked implicitly.
 */
export function resolveChain(chain: string, rootCss?: string): { root: string; steps: ChainStep[] } {
  const [first, ...names] = chain.trim().split(/\s+(?![^(]*\))/);
  let file = first;
  let current: UtamElement | undefined;
  const steps: ChainStep[] = [];
  for (const word of names) {
    const [, name, args] = /^([\w$]+)(?:\((.*)\))?$/.exec(word) ?? [];
    if (!name) throw new Error(`cannot read "${word}" in chain ${chain}`);
    let element = current ? findNamed(current.children, name) : undefined;
    if (!element) {
      if (current?.type) file = current.type;
      element = elementOf(file, name);
    }
    const enclosing: UtamElement[] = [];
    for (let up = element.parent; up && up !== current; up = up.parent) enclosing.unshift(up);
    for (const step of [...enclosing, element]) {
      steps.push({
        label: `${shortName(step.file)}.${step.name}`,
        css: fill(step.css, args),
        scope: step.scope,
      });
    }
    current = element;
  }
  const root = rootCss ?? pageObject(first).root;
  if (!root) throw new Error(`${first} is not a root page object: name the css its host is found by`);
  return { root, steps };
}

/** The element named `name` in `list` or nested in it, depth first. */
function findNamed(list: UtamElement[], name: string): UtamElement | undefined {
  for (const element of list) {
    if (element.name === name) return element;
    const found = findNamed(element.children, name);
    if (found) return found;
  }
  return undefined;
}

function fill(css: string, args: string | undefined): string {
  if (!args) return css;
  const values = args.split(',').map((arg) => arg.trim().replace(/^['"]|['"]$/g, ''));
  let index = 0;
  return css.replace(/%[sd]/g, () => values[index++] ?? '');
}

function shortName(file: string): string {
  return fileOf(file).split('/').pop() ?? file;
}

/**
 * The selector each page object declares only in its description ("Selector: records-…"), by file
 * (records/modalLwcDetailPanelWrapper): the page objects that are not UTAM roots name their host so.
 */
export function describedSelectors(): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of Object.values(manifest)) {
    const file = entry.replace(/^package\/dist\//, '').replace(/\.utam\.json$/, '');
    const json = JSON.parse(readFileSync(path.join(packageDir, 'dist', `${file}.utam.json`), 'utf8'));
    const description = json.description;
    const lines: string[] =
      typeof description === 'string'
        ? [description]
        : Array.isArray(description?.text)
          ? description.text
          : [];
    const declared = lines.map((line) => /^Selector:\s*(\S+?)\.?$/.exec(line.trim())?.[1]).find(Boolean);
    if (declared) found.set(file, declared);
  }
  return found;
}
