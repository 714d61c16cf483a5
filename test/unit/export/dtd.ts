/**
 * A small DTD validator for the tests: element content models and attribute lists, enough for tmx14b.dtd.
 *
 * Why not xmllint: the xmllint-wasm build we depend on (5.3.0) was compiled without DTD validation (`--valid` and
 * `--dtdvalid` are "Unknown option"); it still checks well-formedness, and this checks the structure against the DTD.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';

interface AttributeRule {
  name: string;
  /** Allowed values for an enumerated type; undefined for CDATA and other string types. */
  values?: string[];
  required: boolean;
  fixed?: string;
}

interface ElementRule {
  /** Matches the space-separated names of the child elements (`tuv tuv `). */
  children: RegExp;
  /** Text other than whitespace is allowed (mixed content). */
  text: boolean;
  attributes: Map<string, AttributeRule>;
}

export type Dtd = Map<string, ElementRule>;

/** Turn a content model like `((note | prop)*, tuv+)` into a regular expression over child names. */
function modelToRegExp(model: string): { children: RegExp; text: boolean } {
  const trimmed = model.trim();
  if (trimmed === 'EMPTY') return { children: /^$/, text: false };
  if (trimmed === 'ANY') return { children: /^.*$/, text: true };
  const text = trimmed.includes('#PCDATA');
  const source = (trimmed.match(/#PCDATA|[\w.:-]+|[(),|*+?]/g) ?? [])
    .map((token) => {
      if (token === '#PCDATA') return '';
      if (token === '(') return '(?:';
      if (token === ',') return '';
      if (/^[)|*+?]$/.test(token)) return token;
      return `(?:${token.replace(/\./g, '\\.')} )`;
    })
    .join('')
    .replace(/\(\?:\|/g, '(?:');
  return { children: new RegExp(`^${source}$`), text };
}

function parseAttributes(body: string): AttributeRule[] {
  const rules: AttributeRule[] = [];
  const pattern = /([\w.:-]+)\s+(\([^)]*\)|[A-Z]+)\s+(#REQUIRED|#IMPLIED|#FIXED\s+"[^"]*"|"[^"]*")/g;
  for (const match of body.matchAll(pattern)) {
    const [, name, type, defaults] = match as unknown as [string, string, string, string];
    const values = type.startsWith('(')
      ? type
          .slice(1, -1)
          .split('|')
          .map((v) => v.trim())
      : undefined;
    const fixed = defaults.startsWith('#FIXED') ? /"([^"]*)"/.exec(defaults)![1] : undefined;
    rules.push({ name, values, required: defaults === '#REQUIRED', fixed });
  }
  return rules;
}

export function parseDtd(text: string): Dtd {
  const dtd: Dtd = new Map();
  const source = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, name, model] of source.matchAll(/<!ELEMENT\s+([\w.:-]+)\s+([^>]+)>/g)) {
    dtd.set(name!, { ...modelToRegExp(model!), attributes: new Map() });
  }
  for (const [, name, body] of source.matchAll(/<!ATTLIST\s+([\w.:-]+)\s+([^>]+)>/g)) {
    const element = dtd.get(name!);
    if (!element) throw new Error(`ATTLIST for undeclared element ${name}`);
    for (const rule of parseAttributes(body!)) element.attributes.set(rule.name, rule);
  }
  return dtd;
}

/** Validate an XML string against the DTD; returns the problems found (empty when valid). */
export function validateWithDtd(xml: string, dtd: Dtd, root: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problems.push(`parse ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const top = doc.documentElement;
  if (!top) return [...problems, 'no root element'];
  if (top.nodeName !== root) problems.push(`root is <${top.nodeName}>, expected <${root}>`);

  const visit = (el: Element, path: string): void => {
    const rule = dtd.get(el.nodeName);
    if (!rule) {
      problems.push(`${path}: element <${el.nodeName}> is not declared`);
      return;
    }
    for (const attr of Array.from(el.attributes)) {
      const attrRule = rule.attributes.get(attr.name);
      if (!attrRule) problems.push(`${path}: attribute ${attr.name} is not declared`);
      else if (attrRule.values && !attrRule.values.includes(attr.value))
        problems.push(`${path}: ${attr.name}="${attr.value}" is not one of ${attrRule.values.join(', ')}`);
      else if (attrRule.fixed !== undefined && attr.value !== attrRule.fixed)
        problems.push(`${path}: ${attr.name} must be "${attrRule.fixed}"`);
    }
    for (const attrRule of rule.attributes.values()) {
      if (attrRule.required && !el.hasAttribute(attrRule.name)) problems.push(`${path}: ${attrRule.name} is required`);
    }
    const children: Element[] = [];
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 1) children.push(node as unknown as Element);
      else if ((node.nodeType === 3 || node.nodeType === 4) && !rule.text && node.nodeValue?.trim())
        problems.push(`${path}: text is not allowed in <${el.nodeName}>`);
    }
    const names = children.map((child) => `${child.nodeName} `).join('');
    if (!rule.children.test(names)) problems.push(`${path}: children "${names.trim()}" do not match the content model`);
    children.forEach((child, i) => visit(child, `${path}/${child.nodeName}[${i + 1}]`));
  };
  visit(top as unknown as Element, `/${top.nodeName}`);
  return problems;
}

const tmxDtd = parseDtd(readFileSync(new URL('./tmx14b.dtd', import.meta.url), 'utf8'));

/** Problems with a TMX file: well-formedness by libxml2 (xmllint-wasm), then structure by our TMX 1.4b DTD. */
export async function checkTmx(xml: string): Promise<string[]> {
  const lint = await validateXML({ xml: { fileName: 'out.tmx', contents: xml }, normalization: 'c14n' });
  const errors = lint.errors.map((e) => `xmllint: ${e.rawMessage}`);
  return errors.length > 0 ? errors : validateWithDtd(xml, tmxDtd, 'tmx');
}
