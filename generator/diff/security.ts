// Security Requirement and Security Scheme rules: what credentials a call needs, and how it is signed.
import type { JsonObject, OpenApiDocument } from '../openapi.js';
import { asObject, same, type Collector } from './context.js';
import { compareDocs } from './docs.js';
import { defineRules, joinPointer } from './model.js';

export const securityRules = defineRules({
  'security-tightened': {
    level: 'major',
    compilerSees: false,
    why: 'credentials that were enough before may be refused; the types do not show it',
  },
  'security-relaxed': { level: 'minor', why: 'more ways to authenticate, or none needed' },
  'security-scheme-changed': {
    level: 'major',
    compilerSees: false,
    why: 'the client authenticates or signs differently (type, name, location, signing name)',
  },
  'security-scheme-added': { level: 'minor', why: 'a new way to authenticate' },
});

/** Each alternative as a stable string: scheme names with their sorted scopes. */
function alternatives(requirements: unknown): string[] {
  return (Array.isArray(requirements) ? requirements : []).map((requirement) =>
    JSON.stringify(
      Object.entries(asObject(requirement))
        .map(([name, scopes]) => [name, [...((scopes as string[]) ?? [])].sort()])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
  );
}

/** Compares the requirements that apply to one operation (its own, or the document's). */
export function compareSecurity(out: Collector, base: JsonObject, head: JsonObject, pointer: string): void {
  const effective = (document: OpenApiDocument, operation: JsonObject) => operation.security ?? document.security;
  const before = alternatives(effective(out.base, base));
  const after = alternatives(effective(out.head, head));
  if (same(before, after)) return;
  const where = head.security !== undefined ? joinPointer(pointer, 'security') : '#/security';
  const open = (set: string[]) => set.length === 0 || set.includes('[]');
  const lost = before.filter((alternative) => !after.includes(alternative));
  if (!open(after) && (open(before) || lost.length > 0)) {
    out.add(securityRules['security-tightened'], where, `The security requirements changed from ${describe(before)} to ${describe(after)}: credentials that were enough may be refused.`);
  } else {
    out.add(securityRules['security-relaxed'], where, `The security requirements changed from ${describe(before)} to ${describe(after)}.`);
  }
}

function describe(set: string[]): string {
  if (set.length === 0) return 'none';
  return set
    .map((alternative) => {
      const schemes = JSON.parse(alternative) as [string, string[]][];
      return schemes.length === 0 ? 'anonymous' : schemes.map(([name]) => `\`${name}\``).join(' + ');
    })
    .join(' or ');
}

export function compareSecuritySchemes(out: Collector): void {
  const before = asObject(out.base.components?.securitySchemes);
  const after = asObject(out.head.components?.securitySchemes);
  for (const name of Object.keys(after)) {
    const pointer = joinPointer('#/components/securitySchemes', name);
    if (!(name in before)) {
      out.add(securityRules['security-scheme-added'], pointer, `Security scheme \`${name}\` was added.`);
      continue;
    }
    const b = asObject(before[name]);
    const a = asObject(after[name]);
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (key === 'description' || same(b[key], a[key])) continue;
      out.add(securityRules['security-scheme-changed'], joinPointer(pointer, key), `\`${key}\` of security scheme \`${name}\` changed from \`${JSON.stringify(b[key])}\` to \`${JSON.stringify(a[key])}\`.`);
    }
    compareDocs(out, b, a, pointer, `security scheme \`${name}\``, [...Object.keys(a), ...Object.keys(b)].filter((k) => k !== 'description'));
  }
  // A removed scheme is reported where operations required it (security-tightened).
}
