/**
 * Requests checked against Cognito's own API model (generated from the AWS SDK v3 clients'
 * schemas, see scripts/generate-dev-pool-model.mjs) the way Cognito's front end checks them:
 * JSON kinds first (SerializationException), then required members, lengths, ranges and patterns
 * (all of them, counted, in Cognito's "N validation errors detected" wording).
 *
 * Stricter than AWS on purpose: a member the model does not have is refused, naming it. AWS
 * ignores it silently, which hides misspelt members (PreferredEnabled for PreferredMfa) until the
 * setting they were meant to change turns out never to have changed.
 */
import { CognitoError, invalidParameter, serialization } from '../errors.js';
import type { Constraint } from './constraints.js';

export type Kind =
  | { type: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document'; sensitive?: boolean }
  | { list: Kind; sensitive?: boolean }
  | { map: Kind; sensitive?: boolean }
  | { structure: string; sensitive?: boolean };

export interface Shape {
  members: Record<string, Kind>;
  required: string[];
}

export interface ServiceModel {
  target: string;
  version: string;
  /** Operation name → its input shape. */
  operations: Record<string, string>;
  shapes: Record<string, Shape>;
}

export interface CheckedService {
  model: ServiceModel;
  constraints: Record<string, Constraint>;
  /** Cognito user pools say InvalidParameterException; Cognito Identity says ValidationException. */
  validationError: (message: string) => CognitoError;
}

const camel = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);
const patterns = new Map<string, RegExp>();
const regex = (pattern: string) => {
  let compiled = patterns.get(pattern);
  if (!compiled) patterns.set(pattern, (compiled = new RegExp(`^(?:${pattern})$`, 'u')));
  return compiled;
};

const jsonKind = (value: unknown) =>
  Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;

/** Coral's words for a JSON value of the wrong kind, with the member added (AWS leaves it out). */
function wrongKind(value: unknown, expected: string, path: string): CognitoError {
  const found = jsonKind(value);
  const text =
    found === 'object'
      ? 'Start of structure or map found where not expected.'
      : found === 'list'
        ? 'Start of list found where not expected.'
        : `${found === 'boolean' ? (value ? 'TRUE' : 'FALSE') : found.toUpperCase()}_VALUE can not be converted to ${expected}`;
  return serialization(`${text} (at '${path}')`);
}

const EXPECTED: Record<string, string> = {
  string: 'a String',
  number: 'an Integer',
  boolean: 'a Boolean',
  timestamp: 'a Timestamp',
  blob: 'a Blob',
};

interface Walk {
  service: CheckedService;
  unknown: string[];
  violations: string[];
}

/** Validates one request body for `operation`; throws the error Cognito would answer with. */
export function checkRequest(service: CheckedService, operation: string, input: Record<string, unknown>): void {
  const shapeName = service.model.operations[operation];
  if (shapeName === undefined) return;
  const walk: Walk = { service, unknown: [], violations: [] };
  structure(walk, shapeName, input, '');
  if (walk.unknown.length > 0) {
    throw invalidParameter(
      `${walk.unknown.join('; ')}. (The dev pool refuses members that are not in Cognito's API model; AWS would ignore them.)`,
    );
  }
  const count = walk.violations.length;
  if (count > 0) {
    throw service.validationError(
      `${count} validation error${count === 1 ? '' : 's'} detected: ${walk.violations.join('; ')}`,
    );
  }
}

function structure(walk: Walk, shapeName: string, value: Record<string, unknown>, path: string): void {
  const shape = walk.service.model.shapes[shapeName]!;
  const at = (member: string) => (path === '' ? camel(member) : `${path}.${camel(member)}`);
  for (const member of Object.keys(value)) {
    if (!Object.hasOwn(shape.members, member)) {
      const known = Object.keys(shape.members).join(', ');
      walk.unknown.push(`Unknown member '${member}' at '${path || shapeName}' (${shapeName} has ${known})`);
    }
  }
  for (const [member, kind] of Object.entries(shape.members)) {
    const given = Object.hasOwn(value, member) ? value[member] : undefined;
    if (given === undefined || given === null) {
      if (shape.required.includes(member)) {
        walk.violations.push(`Value null at '${at(member)}' failed to satisfy constraint: Member must not be null`);
      }
      continue;
    }
    const constraint = walk.service.constraints[`${shapeName}.${member}`] ?? walk.service.constraints[member];
    check(walk, kind, given, at(member), constraint);
  }
}

function check(walk: Walk, kind: Kind, value: unknown, path: string, constraint: Constraint | undefined): void {
  if ('structure' in kind) {
    if (jsonKind(value) !== 'object') throw wrongKind(value, 'a Structure', path);
    structure(walk, kind.structure, value as Record<string, unknown>, path);
    return;
  }
  if ('list' in kind) {
    if (!Array.isArray(value)) throw wrongKind(value, 'a List', path);
    value.forEach((item, i) => {
      if (item !== null) check(walk, kind.list, item, `${path}.${i + 1}.member`, constraint);
    });
    return;
  }
  if ('map' in kind) {
    if (jsonKind(value) !== 'object') throw wrongKind(value, 'a Map', path);
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item !== null) check(walk, kind.map, item, `${path}.${key}`, undefined);
    }
    return;
  }
  switch (kind.type) {
    case 'document':
      return;
    case 'string':
    case 'blob':
      if (typeof value !== 'string') throw wrongKind(value, EXPECTED[kind.type]!, path);
      break;
    case 'number':
    case 'timestamp':
      if (typeof value !== 'number') throw wrongKind(value, EXPECTED[kind.type]!, path);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongKind(value, EXPECTED.boolean!, path);
      return;
  }
  if (constraint) walk.violations.push(...violations(value as string | number, kind.sensitive === true, path, constraint));
}

function violations(value: string | number, sensitive: boolean, path: string, c: Constraint): string[] {
  // Cognito quotes the value unless the member is sensitive (passwords, tokens, codes, names).
  const head = `Value ${sensitive ? '' : `'${String(value)}' `}at '${path}' failed to satisfy constraint: Member must`;
  const found: string[] = [];
  if (typeof value === 'number') {
    if (c.min !== undefined && value < c.min) found.push(`${head} have value greater than or equal to ${c.min}`);
    if (c.max !== undefined && value > c.max) found.push(`${head} have value less than or equal to ${c.max}`);
    return found;
  }
  if (c.min !== undefined && value.length < c.min) found.push(`${head} have length greater than or equal to ${c.min}`);
  if (c.max !== undefined && value.length > c.max) found.push(`${head} have length less than or equal to ${c.max}`);
  if (c.pattern !== undefined && !regex(c.pattern).test(value)) {
    found.push(`${head} satisfy regular expression pattern: ${c.pattern}`);
  }
  return found;
}
